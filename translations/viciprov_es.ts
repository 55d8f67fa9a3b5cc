<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Vici Provisioner</source>
        <translation>Acerca de Vici Provisioner</translation>
    </message>
    <message>
        <source>Creates SIP and IAX2 phone extensions on a VICIdial server through its non-agent API, one at a time or from a list.</source>
        <translation>Crea extensiones telefónicas SIP e IAX2 en un servidor VICIdial a través de su API non-agent, de una en una o desde una lista.</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>&amp;Settings file:</source>
        <translation>Archivo de con&amp;figuración:</translation>
    </message>
    <message>
        <source>&amp;History database:</source>
        <translation>Base de datos del &amp;historial:</translation>
    </message>
    <message>
        <source>API password:</source>
        <translation>Contraseña de la API:</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licencia</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texto de la licencia</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>Copy the version, Qt version and file locations, for a bug report or a support request</source>
        <translation>Copiar la versión, la versión de Qt y la ubicación de los archivos, para un informe de error o una solicitud de soporte</translation>
    </message>
</context>
<context>
    <name>AliasDialog</name>
    <message>
        <source>Phone Aliases</source>
        <translation>Alias de teléfono</translation>
    </message>
    <message>
        <source>An alias gives one agent one login across several dialer servers: its phone logins are the agent&apos;s phones on each server.</source>
        <translation>Un alias da a un agente un único login en varios servidores de marcación: sus logins de teléfono son los teléfonos del agente en cada servidor.</translation>
    </message>
    <message>
        <source>Alias &amp;id:</source>
        <translation>&amp;ID del alias:</translation>
    </message>
    <message>
        <source>2 to 20 letters, digits, - or _, e.g. agent1001</source>
        <translation>De 2 a 20 letras, dígitos, - o _, p. ej. agent1001</translation>
    </message>
    <message>
        <source>Alias &amp;name:</source>
        <translation>&amp;Nombre del alias:</translation>
    </message>
    <message>
        <source>2 to 50 characters, e.g. Agent 1001; for Change, empty keeps the name</source>
        <translation>De 2 a 50 caracteres, p. ej. Agent 1001; para Cambiar, si se deja vacío se conserva el nombre</translation>
    </message>
    <message>
        <source>Phone &amp;logins:</source>
        <translation>&amp;Logins de teléfono:</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. 1001a,1001b; for Change, empty keeps the logins</source>
        <translation>Separados por comas, p. ej. 1001a,1001b; para Cambiar, si se deja vacío se conservan los logins</translation>
    </message>
    <message>
        <source>&amp;Add alias</source>
        <translation>&amp;Agregar alias</translation>
    </message>
    <message>
        <source>Add a new alias with this id, name and logins (add_phone_alias)</source>
        <translation>Agregar un alias nuevo con este ID, nombre y logins (add_phone_alias)</translation>
    </message>
    <message>
        <source>C&amp;hange alias</source>
        <translation>Ca&amp;mbiar alias</translation>
    </message>
    <message>
        <source>Give the alias with this id the new name and/or logins; what is left empty stays as it is (update_phone_alias)</source>
        <translation>Asignar al alias con este ID el nombre y/o los logins nuevos; lo que se deje vacío queda como está (update_phone_alias)</translation>
    </message>
    <message>
        <source>&amp;Delete alias…</source>
        <translation>&amp;Eliminar alias…</translation>
    </message>
    <message>
        <source>Delete the alias with this id; its phones stay (update_phone_alias delete_alias=Y)</source>
        <translation>Eliminar el alias con este ID; sus teléfonos se conservan (update_phone_alias delete_alias=Y)</translation>
    </message>
</context>
<context>
    <name>AliasFollowUp</name>
    <message>
        <source>phone login %1 was not sent</source>
        <translation>el login de teléfono %1 no se envió</translation>
    </message>
    <message>
        <source>phone login %1 was not added (%2)</source>
        <translation>el login de teléfono %1 no se agregó (%2)</translation>
    </message>
    <message>
        <source>alias %1: %2</source>
        <translation>alias %1: %2</translation>
    </message>
</context>
<context>
    <name>ApiEndpoint</name>
    <message>
        <source>Enter the address of the VICIdial server, for example https://dialer.example.com.</source>
        <translation>Escriba la dirección del servidor VICIdial, por ejemplo https://dialer.example.com.</translation>
    </message>
    <message>
        <source>The server address must not contain spaces.</source>
        <translation>La dirección del servidor no debe contener espacios.</translation>
    </message>
    <message>
        <source>The server address contains a control character.</source>
        <translation>La dirección del servidor contiene un carácter de control.</translation>
    </message>
    <message>
        <source>The address begins with a mistyped &quot;http://&quot; or &quot;https://&quot;.</source>
        <translation>La dirección empieza con un &quot;http://&quot; o &quot;https://&quot; mal escrito.</translation>
    </message>
    <message>
        <source>The address starts with &quot;%1://&quot;: only http:// and https:// addresses are supported.</source>
        <translation>La dirección empieza con &quot;%1://&quot;: solo se admiten direcciones http:// y https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address. Enter the server&apos;s name or IP address, for example https://dialer.example.com or 10.0.0.5.</source>
        <translation>&quot;%1&quot; no es una dirección web válida. Escriba el nombre o la dirección IP del servidor, por ejemplo https://dialer.example.com o 10.0.0.5.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the address; enter them in the API user and password fields instead.</source>
        <translation>Quite el usuario y la contraseña de la dirección; escríbalos en los campos de usuario y contraseña de la API.</translation>
    </message>
    <message>
        <source>The address has no server name or IP address.</source>
        <translation>La dirección no tiene nombre de servidor ni dirección IP.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name: use letters, digits, &apos;-&apos; and &apos;.&apos; only.</source>
        <translation>&quot;%1&quot; no es un nombre de servidor válido: use solo letras, dígitos, &apos;-&apos; y &apos;.&apos;.</translation>
    </message>
    <message>
        <source>Port 0 is not a valid port.</source>
        <translation>El puerto 0 no es un puerto válido.</translation>
    </message>
    <message>
        <source>The address points at the page &quot;%1&quot;; the API page non_agent_api.php next to it is used instead.</source>
        <translation>La dirección apunta a la página &quot;%1&quot;; en su lugar se usa la página de la API non_agent_api.php que está junto a ella.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation>&quot;%1&quot; no es una dirección web válida.</translation>
    </message>
    <message>
        <source>The part of the address after &quot;?&quot; or &quot;#&quot; is ignored.</source>
        <translation>La parte de la dirección después de &quot;?&quot; o &quot;#&quot; se ignora.</translation>
    </message>
    <message>
        <source>The connection is not encrypted (http): the API password and the phone passwords cross the network readable by anyone on the way. Use https:// if the server supports it.</source>
        <translation>La conexión no está cifrada (http): la contraseña de la API y las de los teléfonos viajan por la red legibles para cualquiera en el camino. Use https:// si el servidor lo admite.</translation>
    </message>
    <message>
        <source>No http:// or https:// given, so http is used, as on a default VICIdial install. The connection is not encrypted: the API password and the phone passwords cross the network readable by anyone on the way. Type https:// in front if the server supports it.</source>
        <translation>No se indicó http:// ni https://, así que se usa http, como en una instalación estándar de VICIdial. La conexión no está cifrada: la contraseña de la API y las de los teléfonos viajan por la red legibles para cualquiera en el camino. Escriba https:// delante si el servidor lo admite.</translation>
    </message>
</context>
<context>
    <name>BatchJournal</name>
    <message>
        <source>Could not open the batch journal</source>
        <translation>No se pudo abrir el diario de lotes</translation>
    </message>
    <message>
        <source>The batch journal is not open</source>
        <translation>El diario de lotes no está abierto</translation>
    </message>
    <message>
        <source>Could not record the batch</source>
        <translation>No se pudo registrar el lote</translation>
    </message>
    <message>
        <source>Could not update the batch journal</source>
        <translation>No se pudo actualizar el diario de lotes</translation>
    </message>
    <message>
        <source>Could not read the batch journal</source>
        <translation>No se pudo leer el diario de lotes</translation>
    </message>
    <message>
        <source>Could not open the batch journal in %1</source>
        <translation>No se pudo abrir el diario de lotes en %1</translation>
    </message>
    <message>
        <source>the history is not open</source>
        <translation>el historial no está abierto</translation>
    </message>
    <message>
        <source>Could not create the batch journal</source>
        <translation>No se pudo crear el diario de lotes</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Progreso del lote</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Pa&amp;usar</translation>
    </message>
    <message>
        <source>Cancel &amp;batch</source>
        <translation>&amp;Cancelar lote</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>Reintentar &amp;fallidos</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <source>Save every row of this batch with its outcome and message as CSV (no passwords)</source>
        <translation>Guardar cada fila de este lote con su resultado y su mensaje como CSV (sin contraseñas)</translation>
    </message>
    <message>
        <source>Agent handout…</source>
        <translation>Hoja para agentes…</translation>
    </message>
    <message>
        <source>Save the logins and passwords of the phones this batch added, for the agents (holds secrets)</source>
        <translation>Guardar los logins y las contraseñas de los teléfonos que agregó este lote, para los agentes (contiene secretos)</translation>
    </message>
    <message>
        <source>Close batch panel</source>
        <translation>Cerrar el panel del lote</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Undo batch…</source>
        <translation>Deshacer lote…</translation>
    </message>
    <message>
        <source>Delete the phones this batch added, after showing the list (phones that already existed are kept)</source>
        <translation>Eliminar los teléfonos que agregó este lote, después de mostrar la lista (los teléfonos que ya existían se conservan)</translation>
    </message>
</context>
<context>
    <name>BatchReportWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>added %1, already existed %2, failed %3</source>
        <translation>agregados %1, ya existían %2, fallidos %3</translation>
    </message>
    <message>
        <source>, unknown %1, not sent %2</source>
        <translation>, desconocidos %1, no enviados %2</translation>
    </message>
    <message>
        <source>, skipped %1</source>
        <translation>, omitidas %1</translation>
    </message>
</context>
<context>
    <name>BatchRun</name>
    <message>
        <source>%1 of %2 done: %3 added, %4 failed, %5 unknown, %6 left.</source>
        <translation>%1 de %2 hechos: %3 agregados, %4 fallidos, %5 desconocidos, %6 pendientes.</translation>
    </message>
    <message>
        <source>About %1 s left.</source>
        <translation>Quedan unos %1 s.</translation>
    </message>
    <message>
        <source>About %1 min left.</source>
        <translation>Quedan unos %1 min.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n added.</source>
        <translation>
            <numerusform>Terminado: %n agregado.</numerusform>
            <numerusform>Terminado: %n agregados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (%1).</source>
        <translation>
            <numerusform>%n fallido (%1).</numerusform>
            <numerusform>%n fallidos (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown: retry them to find out whether they were created.</source>
        <translation>
            <numerusform>%n desconocido: reinténtelo para saber si se creó.</numerusform>
            <numerusform>%n desconocidos: reinténtelos para saber si se crearon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the list not sent, for the problems the preview showed (line %1); the report lists them.</source>
        <translation>
            <numerusform>%n fila de la lista no se envió, por los problemas que mostró la vista previa (línea %1); el informe la incluye.</numerusform>
            <numerusform>%n filas de la lista no se enviaron, por los problemas que mostró la vista previa (líneas %1); el informe las incluye.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sent: %3 done, %4 failed, %5 unknown, %6 left.</source>
        <translation>%1 de %2 enviados: %3 hechos, %4 fallidos, %5 desconocidos, %6 pendientes.</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n done.</source>
        <translation>
            <numerusform>Terminado: %n hecho.</numerusform>
            <numerusform>Terminado: %n hechos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Fix: </source>
        <translation>Solución: </translation>
    </message>
    <message>
        <source>%1/%2 done: %3 added, %4 failed, %5 unknown, %6 in flight   </source>
        <translation>%1/%2 hechos: %3 agregados, %4 fallidos, %5 desconocidos, %6 en curso   </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>Stopped, nothing more was sent: %1</source>
        <translation>Detenido, no se envió nada más: %1</translation>
    </message>
    <message>
        <source>Add one phone.</source>
        <translation>Agregar un teléfono.</translation>
    </message>
    <message>
        <source>Read %1 from this environment variable.</source>
        <translation>Leer %1 de esta variable de entorno.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>Make the phone inactive after adding it.</source>
        <translation>Desactivar el teléfono después de agregarlo.</translation>
    </message>
    <message>
        <source>Generate the login and registration passwords and write them to the --handout file.</source>
        <translation>Generar las contraseñas de login y de registro y escribirlas en el archivo de --handout.</translation>
    </message>
    <message>
        <source>Write the generated passwords to this file (it holds secrets).</source>
        <translation>Escribir las contraseñas generadas en este archivo (contiene secretos).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>--generate-passwords needs --handout FILE: generated passwords are shown nowhere else.</source>
        <translation>--generate-passwords necesita --handout ARCHIVO: las contraseñas generadas no se muestran en ningún otro lugar.</translation>
    </message>
    <message>
        <source>warning: %1 holds passwords; hand it over and delete it.</source>
        <translation>aviso: %1 contiene contraseñas; entréguelo y elimínelo.</translation>
    </message>
    <message>
        <source>Show the history of attempts.</source>
        <translation>Mostrar el historial de intentos.</translation>
    </message>
    <message>
        <source>Only this outcome (added, login_failed, timeout, ...).</source>
        <translation>Solo este resultado (added, login_failed, timeout, ...).</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>Only attempts since this date (YYYY-MM-DD).</source>
        <translation>Solo los intentos desde esta fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>Only this batch.</source>
        <translation>Solo este lote.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only attempts matching this text.</source>
        <translation>Solo los intentos que coinciden con este texto.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>At most this many rows (default 50).</source>
        <translation>Como máximo esta cantidad de filas (predeterminado 50).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Write CSV to standard output.</source>
        <translation>Escribir CSV en la salida estándar.</translation>
    </message>
    <message>
        <source>Unknown outcome &quot;%1&quot;.</source>
        <translation>Resultado desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Bad --since: use YYYY-MM-DD.</source>
        <translation>--since incorrecto: use AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Bad --limit.</source>
        <translation>--limit incorrecto.</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>%1 of %2 attempts shown.</source>
        <translation>Se muestran %1 de %2 intentos.</translation>
    </message>
    <message>
        <source>VICIdial server address (host, base URL or the full API URL).</source>
        <translation>Dirección del servidor VICIdial (host, URL base o la URL completa de la API).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>API user.</source>
        <translation>Usuario de la API.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>Read the API password from this environment variable.</source>
        <translation>Leer la contraseña de la API de esta variable de entorno.</translation>
    </message>
    <message>
        <source>Read the API password from the first line of this file.</source>
        <translation>Leer la contraseña de la API de la primera línea de este archivo.</translation>
    </message>
    <message>
        <source>Source label for the server&apos;s API log (2+ letters or digits).</source>
        <translation>Etiqueta de origen para el registro de la API del servidor (2 o más letras o dígitos).</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>ETIQUETA</translation>
    </message>
    <message>
        <source>post (default; keeps passwords out of web logs) or get.</source>
        <translation>post (predeterminado; mantiene las contraseñas fuera de los registros web) o get.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTODO</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1-8 (default 4).</source>
        <translation>Solicitudes en curso a la vez, 1-8 (predeterminado 4).</translation>
    </message>
    <message>
        <source>Seconds to wait for each reply (default 30).</source>
        <translation>Segundos de espera para cada respuesta (predeterminado 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>History database file (default: the app&apos;s).</source>
        <translation>Archivo de base de datos del historial (predeterminado: el de la aplicación).</translation>
    </message>
    <message>
        <source>Trust a server certificate with this SHA-256 fingerprint (self-signed servers).</source>
        <translation>Confiar en un certificado de servidor con esta huella SHA-256 (servidores autofirmados).</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>The server runs in non-latin mode: letters of any script are kept.</source>
        <translation>El servidor funciona en modo non-latin: se conservan letras de cualquier alfabeto.</translation>
    </message>
    <message>
        <source>No server given: use --url URL (or save one in the desktop app&apos;s settings).</source>
        <translation>No se indicó servidor: use --url URL (o guarde uno en la configuración de la aplicación de escritorio).</translation>
    </message>
    <message>
        <source>Bad --url &quot;%1&quot;: %2</source>
        <translation>--url incorrecta &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>Bad --method &quot;%1&quot;: use post or get.</source>
        <translation>--method incorrecto &quot;%1&quot;: use post o get.</translation>
    </message>
    <message>
        <source>Bad --concurrency: use a number from 1 to 8.</source>
        <translation>--concurrency incorrecto: use un número del 1 al 8.</translation>
    </message>
    <message>
        <source>Bad --timeout: use a number of seconds from 1 to 600.</source>
        <translation>--timeout incorrecto: use un número de segundos del 1 al 600.</translation>
    </message>
    <message>
        <source>Use either --password-env or --password-file, not both.</source>
        <translation>Use --password-env o --password-file, no ambos.</translation>
    </message>
    <message>
        <source>No API user given: use --user USER.</source>
        <translation>No se indicó usuario de la API: use --user USUARIO.</translation>
    </message>
    <message>
        <source>The environment variable %1 (from --password-env) is not set.</source>
        <translation>La variable de entorno %1 (de --password-env) no está definida.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>No se puede leer el archivo de contraseña %1: %2</translation>
    </message>
    <message>
        <source>API password for %1: </source>
        <translation>Contraseña de la API para %1: </translation>
    </message>
    <message>
        <source>No API password: use --password-env VAR or --password-file FILE (passwords are never taken from the command line, where other users can see them).</source>
        <translation>No hay contraseña de la API: use --password-env VAR o --password-file ARCHIVO (las contraseñas nunca se toman de la línea de comandos, donde otros usuarios pueden verlas).</translation>
    </message>
    <message numerus="yes">
        <source>note: %n attempt(s) were left unfinished by an earlier run; their outcome is unknown. Importing the same rows again resolves them safely.</source>
        <translation>
            <numerusform>nota: una ejecución anterior dejó %n intento sin terminar; su resultado es desconocido. Importar de nuevo las mismas filas lo resuelve sin riesgo.</numerusform>
            <numerusform>nota: una ejecución anterior dejó %n intentos sin terminar; su resultado es desconocido. Importar de nuevo las mismas filas los resuelve sin riesgo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bad --default &quot;%1&quot;: use field=value with an API field name such as server_ip=10.10.10.15.</source>
        <translation>--default incorrecto &quot;%1&quot;: use campo=valor con un nombre de campo de la API, como server_ip=10.10.10.15.</translation>
    </message>
    <message>
        <source>Passwords are never taken from the command line; put %1 in the file or use --generate-passwords.</source>
        <translation>Las contraseñas nunca se toman de la línea de comandos; ponga %1 en el archivo o use --generate-passwords.</translation>
    </message>
    <message>
        <source>Import phones from a CSV file.</source>
        <translation>Importar teléfonos desde un archivo CSV.</translation>
    </message>
    <message>
        <source>CSV file with a header row.</source>
        <translation>Archivo CSV con una fila de encabezado.</translation>
    </message>
    <message>
        <source>Value for a field the file lacks, e.g. server_ip=10.10.10.15.</source>
        <translation>Valor para un campo que falta en el archivo, p. ej. server_ip=10.10.10.15.</translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation>CAMPO=VALOR</translation>
    </message>
    <message>
        <source>Check everything, send nothing.</source>
        <translation>Comprobar todo, no enviar nada.</translation>
    </message>
    <message>
        <source>Write every row&apos;s outcome to this CSV file.</source>
        <translation>Escribir el resultado de cada fila en este archivo CSV.</translation>
    </message>
    <message>
        <source>Generate missing phone and registration passwords (needs --handout).</source>
        <translation>Generar las contraseñas de teléfono y de registro que falten (necesita --handout).</translation>
    </message>
    <message>
        <source>Write extension, login and generated passwords to this file (it holds secrets).</source>
        <translation>Escribir extensión, login y contraseñas generadas en este archivo (contiene secretos).</translation>
    </message>
    <message>
        <source>Field delimiter: comma, semicolon, tab or pipe (default: detect).</source>
        <translation>Delimitador de campos: comma, semicolon, tab o pipe (predeterminado: detectar).</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>usage: viciprov-cli import FILE.csv [options]</source>
        <translation>uso: viciprov-cli import ARCHIVO.csv [opciones]</translation>
    </message>
    <message>
        <source>Bad --delimiter: use comma, semicolon, tab or pipe.</source>
        <translation>--delimiter incorrecto: use comma, semicolon, tab o pipe.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>aviso: </translation>
    </message>
    <message>
        <source>warning: column &quot;%1&quot; is not an add_phone field and is ignored.</source>
        <translation>aviso: la columna &quot;%1&quot; no es un campo de add_phone y se ignora.</translation>
    </message>
    <message>
        <source>%1: no extension column. The header row must name the columns (extension, server_ip, phone_login, ...).</source>
        <translation>%1: no hay columna de extensión. La fila de encabezado debe nombrar las columnas (extension, server_ip, phone_login, ...).</translation>
    </message>
    <message>
        <source>%1: no value in any row for: %2. Add these columns, give them with --default field=value, or use --generate-passwords for the passwords.</source>
        <translation>%1: ninguna fila tiene valor para: %2. Agregue esas columnas, indíquelas con --default campo=valor o use --generate-passwords para las contraseñas.</translation>
    </message>
    <message>
        <source>Cannot open the history: %1</source>
        <translation>No se puede abrir el historial: %1</translation>
    </message>
    <message>
        <source>%1: %2 rows; %3 valid to send, %4 invalid, %5 already added earlier.</source>
        <translation>%1: %2 filas; %3 válidas para enviar, %4 no válidas, %5 ya agregadas antes.</translation>
    </message>
    <message>
        <source>line %1: would add %2@%3 (login %4)</source>
        <translation>línea %1: agregaría %2@%3 (login %4)</translation>
    </message>
    <message>
        <source>dry run: not sent</source>
        <translation>simulación: no enviado</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>No se puede escribir el informe: %1</translation>
    </message>
    <message>
        <source>Summary: %1 added, %2 already added earlier, %3 failed, %4 unknown (may exist: import again to resolve), %5 not sent, %6 invalid.</source>
        <translation>Resumen: %1 agregados, %2 ya agregados antes, %3 fallidos, %4 desconocidos (pueden existir: importe de nuevo para resolverlo), %5 no enviados, %6 no válidos.</translation>
    </message>
    <message>
        <source>Server unreachable: %1</source>
        <translation>Servidor inaccesible: %1</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>El comando que se ejecutará.</translation>
    </message>
    <message>
        <source>Passwords are never taken from the command line, where other users can see them. Use --password-env VAR or --password-file FILE.</source>
        <translation>Las contraseñas nunca se toman de la línea de comandos, donde otros usuarios pueden verlas. Use --password-env VAR o --password-file ARCHIVO.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See --help.</source>
        <translation>Comando desconocido &quot;%1&quot;. Vea --help.</translation>
    </message>
    <message>
        <source>Cannot write the handout: %1</source>
        <translation>No se puede escribir la hoja para agentes: %1</translation>
    </message>
    <message>
        <source>warning: these phones were created by an earlier, interrupted run whose generated passwords are lost; they are not in the handout. Set new passwords for them on VICIdial: %1</source>
        <translation>aviso: estos teléfonos los creó una ejecución anterior interrumpida cuyas contraseñas generadas se perdieron; no están en la hoja para agentes. Asígneles contraseñas nuevas en VICIdial: %1</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>usage: viciprov-cli %1 --extension E --server-ip IP</source>
        <translation>uso: viciprov-cli %1 --extension E --server-ip IP</translation>
    </message>
    <message>
        <source>Switch a phone on again (update_phone active=Y).</source>
        <translation>Vuelve a activar un teléfono (update_phone active=Y).</translation>
    </message>
    <message>
        <source>Switch a phone off; it stays on the server (update_phone active=N).</source>
        <translation>Desactiva un teléfono; sigue en el servidor (update_phone active=N).</translation>
    </message>
    <message>
        <source>Delete a phone from the server (update_phone delete_phone=Y). It cannot be undone.</source>
        <translation>Elimina un teléfono del servidor (update_phone delete_phone=Y). No se puede deshacer.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (for scripts).</source>
        <translation>No pedir confirmación (para scripts).</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>No se eliminó nada.</translation>
    </message>
    <message>
        <source>%1/%2 done: %3 changed, %4 failed, %5 unknown, %6 in flight   </source>
        <translation>%1/%2 hechos: %3 cambiados, %4 fallidos, %5 desconocidos, %6 en curso   </translation>
    </message>
    <message>
        <source>Create phone extensions on a VICIdial server.

Commands:
  test-credentials   check the server URL, API login and permission
  add                add one phone (--extension E --server-ip IP ...)
  import FILE.csv    add every phone of a CSV file
  deactivate         switch a phone off (--extension E --server-ip IP)
  activate           switch a phone on again
  delete             delete a phone (asks first; --yes for scripts)
  history            show earlier attempts

Exit status: 0 all added, 1 some not added, 2 bad usage or unreadable file, 3 stopped on a login/lock-out/permission error, 4 server unreachable.</source>
        <translation>Crea extensiones telefónicas en un servidor VICIdial.

Comandos:
  test-credentials   comprobar la URL del servidor, el inicio de sesión en la API y el permiso
  add                agregar un teléfono (--extension E --server-ip IP ...)
  import ARCHIVO.csv agregar todos los teléfonos de un archivo CSV
  deactivate         desactivar un teléfono (--extension E --server-ip IP)
  activate           volver a activar un teléfono
  delete             eliminar un teléfono (pregunta antes; --yes para scripts)
  history            mostrar los intentos anteriores

Código de salida: 0 todos agregados, 1 algunos no agregados, 2 uso incorrecto o archivo ilegible, 3 detenido por un error de inicio de sesión/bloqueo/permiso, 4 servidor inaccesible.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>usage: viciprov-cli alias add --id ID --name NAME --logins L1,L2
       viciprov-cli alias update --id ID [--name NAME] [--logins L1,L2]
       viciprov-cli alias delete --id ID [--yes]</source>
        <translation>uso: viciprov-cli alias add --id ID --name NOMBRE --logins L1,L2
     viciprov-cli alias update --id ID [--name NOMBRE] [--logins L1,L2]
     viciprov-cli alias delete --id ID [--yes]</translation>
    </message>
    <message>
        <source>A phone alias gives one agent one login across several dialer servers (add_phone_alias, update_phone_alias).</source>
        <translation>Un alias de teléfono da a un agente un único login en varios servidores de marcación (add_phone_alias, update_phone_alias).</translation>
    </message>
    <message>
        <source>Add a phone alias for one or more phone logins (add_phone_alias).</source>
        <translation>Agrega un alias de teléfono para uno o más logins de teléfono (add_phone_alias).</translation>
    </message>
    <message>
        <source>Rename a phone alias or give it other logins (update_phone_alias); what is not given stays as it is.</source>
        <translation>Cambia el nombre de un alias de teléfono o le asigna otros logins (update_phone_alias); lo que no se indique queda como está.</translation>
    </message>
    <message>
        <source>Delete a phone alias (update_phone_alias delete_alias=Y). It cannot be undone; the API user needs the VICIdial setting &quot;Delete Phones&quot;.</source>
        <translation>Elimina un alias de teléfono (update_phone_alias delete_alias=Y). No se puede deshacer; el usuario de la API necesita la opción &quot;Delete Phones&quot; de VICIdial.</translation>
    </message>
    <message>
        <source>The alias id (2 to 20 letters, digits, - or _).</source>
        <translation>El ID del alias (de 2 a 20 letras, dígitos, - o _).</translation>
    </message>
    <message>
        <source>The alias name (2 to 50 characters).</source>
        <translation>El nombre del alias (de 2 a 50 caracteres).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>The phone logins, separated by commas.</source>
        <translation>Los logins de teléfono, separados por comas.</translation>
    </message>
    <message>
        <source>L1,L2</source>
        <translation>L1,L2</translation>
    </message>
    <message>
        <source>Change some fields of a phone (update_phone): only the fields given are sent. %1 empties a field that allows it.</source>
        <translation>Modifica algunos campos de un teléfono (update_phone): solo se envían los campos indicados. %1 vacía un campo que lo permita.</translation>
    </message>
    <message>
        <source>Read a new %1 from this environment variable.</source>
        <translation>Leer el nuevo valor de %1 de esta variable de entorno.</translation>
    </message>
    <message>
        <source>Y to switch the phone on, N to switch it off.</source>
        <translation>Y para activar el teléfono, N para desactivarlo.</translation>
    </message>
    <message>
        <source>Y|N</source>
        <translation>Y|N</translation>
    </message>
    <message>
        <source>Bad --active &quot;%1&quot;: use Y or N.</source>
        <translation>--active incorrecto &quot;%1&quot;: use Y o N.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one field option or --active.</source>
        <translation>Nada que cambiar: indique al menos una opción de campo o --active.</translation>
    </message>
    <message>
        <source>warning: this batch is not in the batch journal: %1</source>
        <translation>aviso: este lote no está en el diario de lotes: %1</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>alias %1</translation>
    </message>
    <message>
        <source>%1 added, %2 already existed, %3 failed, %4 unknown, %5 not sent</source>
        <translation>%1 agregados, %2 ya existían, %3 fallidos, %4 desconocidos, %5 no enviados</translation>
    </message>
    <message>
        <source>%1 attempts (not in the batch journal)</source>
        <translation>%1 intentos (fuera del diario de lotes)</translation>
    </message>
    <message>
        <source>%1 batches shown.</source>
        <translation>Se muestran %1 lotes.</translation>
    </message>
    <message>
        <source>List the batches (id, system, label, created, counts).</source>
        <translation>Listar los lotes (id, sistema, etiqueta, creación, recuentos).</translation>
    </message>
    <message>
        <source>Undo of batch %1 on %2:</source>
        <translation>Deshacer el lote %1 en %2:</translation>
    </message>
    <message>
        <source>%1 phones to delete</source>
        <translation>%1 teléfonos por eliminar</translation>
    </message>
    <message>
        <source>%1 was changed since the batch (by %2, %3): it is deleted as it is now</source>
        <translation>%1 se modificó después del lote (por %2, %3): se elimina tal como está ahora</translation>
    </message>
    <message>
        <source>%1 already existed before the batch: kept</source>
        <translation>%1 ya existían antes del lote: se conservan</translation>
    </message>
    <message>
        <source>%1 were refused, nothing was made: nothing to do</source>
        <translation>%1 fueron rechazados, no se creó nada: nada que hacer</translation>
    </message>
    <message>
        <source>%1 are deleted already: skipped</source>
        <translation>%1 ya están eliminados: se omiten</translation>
    </message>
    <message>
        <source>%1: the server never answered whether it was added; left alone (check it on VICIdial, then delete it with `delete` if it is the batch&apos;s)</source>
        <translation>%1: el servidor nunca respondió si se agregó; no se toca (revíselo en VICIdial y elimínelo con `delete` si es del lote)</translation>
    </message>
    <message>
        <source>%1 was deleted and made again by a later batch: left alone</source>
        <translation>%1 se eliminó y un lote posterior lo creó de nuevo: no se toca</translation>
    </message>
    <message>
        <source>Take a batch back: delete the phones it added on its system (update_phone delete_phone=Y). Phones that already existed, refused rows and rows without an answer are left alone. Running it again finishes an undo that was cut short.</source>
        <translation>Deshacer un lote: elimina los teléfonos que agregó en su sistema (update_phone delete_phone=Y). Los teléfonos que ya existían, las filas rechazadas y las filas sin respuesta no se tocan. Ejecutarlo de nuevo termina un deshacer que se interrumpió.</translation>
    </message>
    <message>
        <source>The batch id (see history --batches).</source>
        <translation>El id del lote (vea history --batches).</translation>
    </message>
    <message>
        <source>The newest batch that added phones on this system.</source>
        <translation>El lote más reciente que agregó teléfonos en este sistema.</translation>
    </message>
    <message>
        <source>Show what would be deleted; send nothing.</source>
        <translation>Mostrar lo que se eliminaría; no enviar nada.</translation>
    </message>
    <message>
        <source>usage: viciprov-cli undo BATCH_ID | --last [--dry-run] [--yes]</source>
        <translation>uso: viciprov-cli undo BATCH_ID | --last [--dry-run] [--yes]</translation>
    </message>
    <message>
        <source>This history has no batch that added phones on %1.</source>
        <translation>Este historial no tiene ningún lote que haya agregado teléfonos en %1.</translation>
    </message>
    <message>
        <source>Nothing to delete.</source>
        <translation>Nada que eliminar.</translation>
    </message>
    <message>
        <source>Undo of %1: %2 deleted, %3 were gone already, %4 refused, %5 not sent or without an answer.</source>
        <translation>Deshacer %1: %2 eliminados, %3 ya no estaban, %4 rechazados, %5 sin enviar o sin respuesta.</translation>
    </message>
    <message>
        <source>Run the same undo again to finish it: phones already deleted are skipped.</source>
        <translation>Ejecute el mismo undo de nuevo para terminarlo: los teléfonos ya eliminados se omiten.</translation>
    </message>
    <message>
        <source>More commands:
  update             change some fields of a phone (--extension E --server-ip IP --phone-full-name ...)
  undo BATCH|--last  delete the phones a batch added (asks first)
  alias add|update|delete  phone aliases (--id ID ...)
  history --batches  list the batches with what their rows came to</source>
        <translation>Más comandos:
  update             cambiar algunos campos de un teléfono (--extension E --server-ip IP --phone-full-name ...)
  undo BATCH|--last  eliminar los teléfonos que agregó un lote (pregunta antes)
  alias add|update|delete  alias de teléfono (--id ID ...)
  history --batches  listar los lotes con el resultado de sus filas</translation>
    </message>
    <message>
        <source>Delete alias %1 from %2? It cannot be undone.</source>
        <translation>¿Eliminar el alias %1 de %2? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete phone %1 on server %2 from %3? It cannot be undone.</source>
        <translation>¿Eliminar de %3 el teléfono %1 en el servidor %2? No se puede deshacer.</translation>
    </message>
    <message>
        <source>%1 asks for confirmation on a terminal; in a script, add --yes. Nothing was deleted.</source>
        <translation>%1 pide confirmación en una terminal; en un script, agregue --yes. No se eliminó nada.</translation>
    </message>
    <message>
        <source>Type &quot;yes&quot; to delete: </source>
        <translation>Escriba &quot;sí&quot; para eliminar: </translation>
    </message>
    <message>
        <source>%1 done, %2 nothing to do, %3 failed, %4 unknown, %5 not sent</source>
        <translation>%1 hechos, %2 sin nada que hacer, %3 fallidos, %4 desconocidos, %5 no enviados</translation>
    </message>
    <message>
        <source>What to do with the listed phones: add (default); update (add, and update with the row&apos;s fields the extensions that already exist); deactivate or delete (only extension and server_ip are read).</source>
        <translation>Qué hacer con los teléfonos de la lista: add (predeterminado); update (agregar, y actualizar con los campos de la fila las extensiones que ya existen); deactivate o delete (solo se leen extension y server_ip).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODO</translation>
    </message>
    <message>
        <source>With --mode delete: do not ask for confirmation (for scripts).</source>
        <translation>Con --mode delete: no pedir confirmación (para scripts).</translation>
    </message>
    <message>
        <source>Bad --mode &quot;%1&quot;: use add, update, deactivate or delete.</source>
        <translation>--mode &quot;%1&quot; no válido: use add, update, deactivate o delete.</translation>
    </message>
    <message>
        <source>--generate-passwords is for adding or updating phones, not with --mode %1.</source>
        <translation>--generate-passwords sirve para agregar o actualizar teléfonos, no con --mode %1.</translation>
    </message>
    <message>
        <source>line %1: %2 %3@%4 (login %5)</source>
        <translation>línea %1: %2 %3@%4 (login %5)</translation>
    </message>
    <message>
        <source>line %1: %2 %3@%4</source>
        <translation>línea %1: %2 %3@%4</translation>
    </message>
    <message>
        <source>%1 added, %2 updated</source>
        <translation>%1 agregados, %2 actualizados</translation>
    </message>
    <message>
        <source>%1 switched off, %2 not on the server</source>
        <translation>%1 desactivados, %2 no estaban en el servidor</translation>
    </message>
    <message>
        <source>%1 deleted, %2 not on the server</source>
        <translation>%1 eliminados, %2 no estaban en el servidor</translation>
    </message>
    <message>
        <source>Summary: %1, %2 failed, %3 unknown (run the same import again to resolve), %4 not sent, %5 invalid.</source>
        <translation>Resumen: %1, %2 fallidos, %3 desconocidos (ejecute de nuevo la misma importación para resolverlo), %4 no enviados, %5 no válidos.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n phones of %1 from %2? It cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar de %2 %n teléfono de %1? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar de %2 los %n teléfonos de %1? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n phones from %1? It cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %n teléfono de %1? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar estos %n teléfonos de %1? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation>en pausa: %1</translation>
    </message>
    <message>
        <source>The shared history answers again: continuing.</source>
        <translation>El historial compartido vuelve a responder: se continúa.</translation>
    </message>
    <message>
        <source>Copy this history into a shared database (team mode): mysql://USER@HOST:PORT/DB or postgresql://... Running it again copies only what is new.</source>
        <translation>Copia este historial en una base de datos compartida (modo equipo): mysql://USUARIO@HOST:PUERTO/BD o postgresql://... Al repetirlo solo se copia lo nuevo.</translation>
    </message>
    <message>
        <source>Read the --copy-to database&apos;s password from this environment variable.</source>
        <translation>Lee la contraseña de la base de datos de --copy-to de esta variable de entorno.</translation>
    </message>
    <message>
        <source>Shared history on a database server (team mode): mysql://USER@HOST:PORT/DB or postgresql://USER@HOST:PORT/DB, optionally ?tls=1&amp;ca=FILE. Never put the password in it.</source>
        <translation>Historial compartido en un servidor de bases de datos (modo equipo): mysql://USUARIO@HOST:PUERTO/BD o postgresql://USUARIO@HOST:PUERTO/BD, opcionalmente ?tls=1&amp;ca=ARCHIVO. Nunca ponga la contraseña en la dirección.</translation>
    </message>
    <message>
        <source>Read the shared history&apos;s database password from this environment variable.</source>
        <translation>Lee la contraseña de la base de datos del historial compartido de esta variable de entorno.</translation>
    </message>
    <message>
        <source>Use either --history FILE or --history-url URL, not both.</source>
        <translation>Use --history ARCHIVO o --history-url URL, no ambos.</translation>
    </message>
    <message>
        <source>The history saved in the settings is not usable: %1</source>
        <translation>El historial guardado en la configuración no se puede usar: %1</translation>
    </message>
    <message>
        <source>Bad --history-url: %1</source>
        <translation>--history-url incorrecto: %1</translation>
    </message>
    <message>
        <source>The environment variable %1 (from --history-password-env) is not set.</source>
        <translation>La variable de entorno %1 (de --history-password-env) no está definida.</translation>
    </message>
    <message>
        <source>Database password for %1: </source>
        <translation>Contraseña de la base de datos %1: </translation>
    </message>
    <message>
        <source>No password for the shared history %1: use --history-password-env VAR (passwords are never taken from the command line, where other users can see them).</source>
        <translation>No hay contraseña para el historial compartido %1: use --history-password-env VAR (las contraseñas nunca se toman de la línea de órdenes, donde otros usuarios pueden verlas).</translation>
    </message>
    <message>
        <source>Bad --copy-to: %1</source>
        <translation>--copy-to incorrecto: %1</translation>
    </message>
    <message>
        <source>The environment variable %1 (from --copy-to-password-env) is not set.</source>
        <translation>La variable de entorno %1 (de --copy-to-password-env) no está definida.</translation>
    </message>
    <message numerus="yes">
        <source>The copy stopped (%n attempt(s) copied; run it again to copy the rest): %1</source>
        <translation>
            <numerusform>La copia se detuvo (%n intento copiado; repítala para copiar el resto): %1</numerusform>
            <numerusform>La copia se detuvo (%n intentos copiados; repítala para copiar el resto): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied into %1: %n attempt(s)</source>
        <translation>
            <numerusform>Copiado en %1: %n intento</numerusform>
            <numerusform>Copiado en %1: %n intentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n batch(es) (what was copied before was skipped).</source>
        <translation>
            <numerusform>, %n lote (lo copiado antes se omitió).</numerusform>
            <numerusform>, %n lotes (lo copiado antes se omitió).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only attempts made by this operating-system user (team mode: who did it).</source>
        <translation>Solo los intentos hechos por este usuario del sistema operativo (modo equipo: quién lo hizo).</translation>
    </message>
    <message>
        <source>Only attempts made on this computer (its host name).</source>
        <translation>Solo los intentos hechos en este equipo (su nombre de host).</translation>
    </message>
    <message>
        <source>Only attempts made with this VICIdial API user.</source>
        <translation>Solo los intentos hechos con este usuario de la API de VICIdial.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Columns %1 and %2 both say whether the phone is active; column %1 is used.</source>
        <translation>Las columnas %1 y %2 indican ambas si el teléfono está activo; se usa la columna %1.</translation>
    </message>
    <message>
        <source>Columns %1 (%2) and %3 (%4) both look like %5; column %1 is used.</source>
        <translation>Las columnas %1 (%2) y %3 (%4) parecen ambas %5; se usa la columna %1.</translation>
    </message>
</context>
<context>
    <name>CredentialCheckView</name>
    <message>
        <source>Server reachable</source>
        <translation>Servidor accesible</translation>
    </message>
    <message>
        <source>API login</source>
        <translation>Inicio de sesión en la API</translation>
    </message>
    <message>
        <source>Permission to add phones</source>
        <translation>Permiso para agregar teléfonos</translation>
    </message>
    <message>
        <source>Permission to change phones</source>
        <translation>Permiso para modificar teléfonos</translation>
    </message>
    <message>
        <source>Permission to delete phones</source>
        <translation>Permiso para eliminar teléfonos</translation>
    </message>
</context>
<context>
    <name>CredentialTestDialog</name>
    <message>
        <source>Test credentials</source>
        <translation>Probar credenciales</translation>
    </message>
    <message>
        <source>Test &amp;again</source>
        <translation>Probar de &amp;nuevo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>The file is %1 MB; files up to %2 MB can be read.</source>
        <translation>El archivo tiene %1 MB; se pueden leer archivos de hasta %2 MB.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>Only one column was found. If the file uses another separator, choose it.</source>
        <translation>Solo se encontró una columna. Si el archivo usa otro separador, elíjalo.</translation>
    </message>
    <message>
        <source>Line %1: text follows a closing quote; it was kept as typed.</source>
        <translation>Línea %1: hay texto después de unas comillas de cierre; se conservó tal cual.</translation>
    </message>
    <message>
        <source>1 cell written as =&quot;...&quot; (Excel&apos;s way to keep leading zeros) was read as the text inside.</source>
        <translation>1 celda escrita como =&quot;...&quot; (la forma de Excel de conservar los ceros a la izquierda) se leyó como el texto de dentro.</translation>
    </message>
    <message>
        <source>%1 cells written as =&quot;...&quot; (Excel&apos;s way to keep leading zeros) were read as the text inside.</source>
        <translation>%1 celdas escritas como =&quot;...&quot; (la forma de Excel de conservar los ceros a la izquierda) se leyeron como el texto de dentro.</translation>
    </message>
    <message>
        <source>1 cell starts with an apostrophe, on line %1. It is kept as part of the value.</source>
        <translation>1 celda empieza con un apóstrofo, en la línea %1. Se conserva como parte del valor.</translation>
    </message>
    <message>
        <source>%1 cells start with an apostrophe, the first on line %2. It is kept as part of the value.</source>
        <translation>%1 celdas empiezan con un apóstrofo, la primera en la línea %2. Se conserva como parte del valor.</translation>
    </message>
    <message>
        <source>The file has only a header row and no phones.</source>
        <translation>El archivo solo tiene una fila de encabezado y ningún teléfono.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields; the header has %3.</source>
        <translation>La línea %1 tiene %2 campos; el encabezado tiene %3.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields; most rows have %3.</source>
        <translation>La línea %1 tiene %2 campos; la mayoría de las filas tiene %3.</translation>
    </message>
    <message>
        <source>... and %1 more rows with a different number of fields.</source>
        <translation>... y %1 filas más con otro número de campos.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>CsvRecordParser</name>
    <message>
        <source>Line %1: a quoted field starts here and its closing quote is missing.</source>
        <translation>Línea %1: aquí empieza un campo entre comillas y falta la comilla de cierre.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a field is longer than %3 KB. This does not look like a list of phones.</source>
        <translation>Línea %1, columna %2: un campo ocupa más de %3 KB. Esto no parece una lista de teléfonos.</translation>
    </message>
</context>
<context>
    <name>CsvTemplate</name>
    <message>
        <source>column</source>
        <translation>columna</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>allowed values or characters</source>
        <translation>valores o caracteres permitidos</translation>
    </message>
    <message>
        <source>length</source>
        <translation>longitud</translation>
    </message>
    <message>
        <source>when empty</source>
        <translation>si está vacío</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>the extension</source>
        <translation>la extensión</translation>
    </message>
    <message>
        <source>a generated password (if chosen in the import dialog)</source>
        <translation>una contraseña generada (si se elige en el diálogo de importación)</translation>
    </message>
    <message>
        <source>secret: never stored by this program</source>
        <translation>secreto: este programa nunca lo guarda</translation>
    </message>
    <message>
        <source>the import dialog&apos;s default</source>
        <translation>el valor predeterminado del diálogo de importación</translation>
    </message>
    <message>
        <source>must be a server of the cluster</source>
        <translation>debe ser un servidor del clúster</translation>
    </message>
    <message>
        <source>must exist on the server</source>
        <translation>debe existir en el servidor</translation>
    </message>
    <message>
        <source>the import dialog&apos;s default, else refused</source>
        <translation>el valor predeterminado del diálogo de importación; si no, se rechaza</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>no apostrophe: the server fails on it</source>
        <translation>sin apóstrofo: el servidor falla con él</translation>
    </message>
    <message>
        <source>standard time, no DST adjustment</source>
        <translation>hora estándar, sin ajuste de horario de verano</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>N adds the phone and then switches it off</source>
        <translation>N agrega el teléfono y luego lo desactiva</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Request and reply</source>
        <translation>Solicitud y respuesta</translation>
    </message>
    <message>
        <source>Re&amp;quest (passwords removed):</source>
        <translation>&amp;Solicitud (sin contraseñas):</translation>
    </message>
    <message>
        <source>Re&amp;ply (passwords removed):</source>
        <translation>&amp;Respuesta (sin contraseñas):</translation>
    </message>
</context>
<context>
    <name>EditPhoneDialog</name>
    <message>
        <source>Edit phone</source>
        <translation>Editar teléfono</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Make a new random password (kept in memory until you save the handout)</source>
        <translation>Generar una contraseña aleatoria nueva (se guarda en memoria hasta que guarde la hoja para agentes)</translation>
    </message>
</context>
<context>
    <name>GeneratorWidget</name>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>dígitos</translation>
    </message>
    <message>
        <source>Zero-pad {n} to this many digits (0: as is)</source>
        <translation>Rellenar {n} con ceros hasta esta cantidad de dígitos (0: tal cual)</translation>
    </message>
    <message>
        <source>{n} the number, {i} its position, {server} the server&apos;s position</source>
        <translation>{n} el número, {i} su posición, {server} la posición del servidor</translation>
    </message>
    <message>
        <source>&amp;Login pattern:</source>
        <translation>Patrón de &amp;login:</translation>
    </message>
    <message>
        <source>{ext} the extension; with several servers a letter per server is added (a, b, c...), as VICIdial&apos;s bulk page does</source>
        <translation>{ext} la extensión; con varios servidores se añade una letra por servidor (a, b, c...), como hace la página de alta masiva de VICIdial</translation>
    </message>
    <message>
        <source>&amp;Server IPs:</source>
        <translation>&amp;IP de los servidores:</translation>
    </message>
    <message>
        <source>One server IP per line; the same extensions are made on each</source>
        <translation>Una IP de servidor por línea; en cada uno se crean las mismas extensiones</translation>
    </message>
    <message>
        <source>Pass&amp;words:</source>
        <translation>&amp;Contraseñas:</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source>Same for login and registration</source>
        <translation>La misma para login y registro</translation>
    </message>
    <message>
        <source>Server letter on logins with one server</source>
        <translation>Letra del servidor en los logins con un solo servidor</translation>
    </message>
    <message>
        <source>E&amp;xtensions:</source>
        <translation>E&amp;xtensiones:</translation>
    </message>
    <message>
        <source>First extension</source>
        <translation>Primera extensión</translation>
    </message>
    <message>
        <source>Last extension</source>
        <translation>Última extensión</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Dígitos</translation>
    </message>
    <message>
        <source>Extension p&amp;attern:</source>
        <translation>Patrón de &amp;extensión:</translation>
    </message>
    <message>
        <source>Na&amp;me pattern:</source>
        <translation>Patrón de &amp;nombre:</translation>
    </message>
    <message>
        <source>One server IP per line</source>
        <translation>Una IP de servidor por línea</translation>
    </message>
    <message>
        <source>Password length</source>
        <translation>Longitud de la contraseña</translation>
    </message>
    <message>
        <source>Outbound caller &amp;ID (required):</source>
        <translation>I&amp;D de llamada saliente (obligatorio):</translation>
    </message>
    <message>
        <source>The number called people see, e.g. 3125551212; the server requires one</source>
        <translation>El número que ven las personas a las que se llama, p. ej. 3125551212; el servidor exige uno</translation>
    </message>
    <message>
        <source>Aliases:</source>
        <translation>Alias:</translation>
    </message>
    <message>
        <source>One alias per agent across the ser&amp;vers</source>
        <translation>Un alias por agente en todos los ser&amp;vidores</translation>
    </message>
    <message>
        <source>alias id:</source>
        <translation>ID del alias:</translation>
    </message>
    <message>
        <source>{ext} the extension, {n} the number, {i} its position; 2 to 20 letters, digits, - or _</source>
        <translation>{ext} la extensión, {n} el número, {i} su posición; de 2 a 20 letras, dígitos, - o _</translation>
    </message>
</context>
<context>
    <name>HandoutFile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot restrict it to its owner: %1</source>
        <translation>no se puede limitar a su propietario: %1</translation>
    </message>
</context>
<context>
    <name>HistoryConnectionCheck</name>
    <message>
        <source>User &quot;%1&quot; may not read the database &quot;%2&quot; (%3).</source>
        <translation>El usuario &quot;%1&quot; no puede leer la base de datos &quot;%2&quot; (%3).</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; may read the history in &quot;%2&quot; but not write it (%3): a read-only user can look at the history, not record attempts. Grant SELECT, INSERT, UPDATE and DELETE as the user guide lists (Team mode).</source>
        <translation>El usuario &quot;%1&quot; puede leer el historial en &quot;%2&quot; pero no escribirlo (%3): un usuario de solo lectura puede consultar el historial, no registrar intentos. Otorgue SELECT, INSERT, UPDATE y DELETE como indica la guía del usuario (Modo equipo).</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; may not create the history&apos;s tables in &quot;%2&quot; (%3). Grant the rights the user guide lists (Team mode).</source>
        <translation>El usuario &quot;%1&quot; no puede crear las tablas del historial en &quot;%2&quot; (%3). Otorgue los permisos que indica la guía del usuario (Modo equipo).</translation>
    </message>
    <message>
        <source>Connected to %1%2. The database is empty: the program creates its tables at first use.</source>
        <translation>Conectado a %1%2. La base de datos está vacía: el programa crea sus tablas en el primer uso.</translation>
    </message>
    <message>
        <source>Connected to %1%2. The program upgrades the history&apos;s tables from schema %3 to %4 at first use (older versions of the program then refuse it).</source>
        <translation>Conectado a %1%2. El programa actualiza las tablas del historial del esquema %3 al %4 en el primer uso (las versiones anteriores del programa lo rechazarán después).</translation>
    </message>
    <message>
        <source>Connected to %1%2. The history is ready.</source>
        <translation>Conectado a %1%2. El historial está listo.</translation>
    </message>
    <message>
        <source>The connection is encrypted.</source>
        <translation>La conexión está cifrada.</translation>
    </message>
    <message>
        <source>The history file %1 can be used.</source>
        <translation>Se puede usar el archivo de historial %1.</translation>
    </message>
    <message>
        <source>Qt&apos;s driver for this database is missing: install the package %1.</source>
        <translation>Falta el controlador de Qt para esta base de datos: instale el paquete %1.</translation>
    </message>
    <message>
        <source>No database server answers at %1 (%2). Check the host and the port, that the server runs and listens on the network (MariaDB: bind-address), and that no firewall stands between.</source>
        <translation>Ningún servidor de base de datos responde en %1 (%2). Compruebe el host y el puerto, que el servidor esté en marcha y escuche en la red (MariaDB: bind-address) y que ningún cortafuegos se interponga.</translation>
    </message>
    <message>
        <source>The encrypted connection to %1 failed (%2). Check that the server has TLS turned on and that its certificate is signed by the authority given as CA file (or a system one).</source>
        <translation>La conexión cifrada con %1 falló (%2). Compruebe que el servidor tenga TLS activado y que su certificado esté firmado por la autoridad indicada como archivo de CA (o una del sistema).</translation>
    </message>
    <message>
        <source>The server at %1 refused the login of user &quot;%2&quot; (%3). Check the user and the password, and that the user may connect from this computer (MariaDB: &apos;user&apos;@&apos;host&apos;; PostgreSQL: pg_hba.conf).</source>
        <translation>El servidor en %1 rechazó el inicio de sesión del usuario &quot;%2&quot; (%3). Compruebe el usuario y la contraseña, y que el usuario pueda conectarse desde este equipo (MariaDB: &apos;usuario&apos;@&apos;host&apos;; PostgreSQL: pg_hba.conf).</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist on %2. Create it as the user guide says (Team mode), or correct its name.</source>
        <translation>La base de datos &quot;%1&quot; no existe en %2. Créela como indica la guía del usuario (Modo equipo) o corrija su nombre.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; has no rights on the database &quot;%2&quot;, or it does not exist (%3). Create it and grant the rights the user guide lists (Team mode).</source>
        <translation>El usuario &quot;%1&quot; no tiene permisos sobre la base de datos &quot;%2&quot;, o esta no existe (%3). Créela y otorgue los permisos que indica la guía del usuario (Modo equipo).</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>No se pudo conectar a %1: %2</translation>
    </message>
    <message>
        <source>The server at %1:%2 does not encrypt the connection although TLS is asked for: nothing was sent. Turn TLS on at the server, or turn it off here if the network between is trusted.</source>
        <translation>El servidor en %1:%2 no cifra la conexión aunque se pidió TLS: no se envió nada. Active TLS en el servidor, o desactívelo aquí si la red intermedia es de confianza.</translation>
    </message>
</context>
<context>
    <name>HistoryLocation</name>
    <message>
        <source>&quot;%1&quot; is not a history address: use mysql://USER@HOST:PORT/DATABASE, postgresql://USER@HOST:PORT/DATABASE or a file&apos;s path.</source>
        <translation>«%1» no es una dirección de historial: use mysql://USUARIO@HOST:PUERTO/BASEDEDATOS, postgresql://USUARIO@HOST:PUERTO/BASEDEDATOS o la ruta de un archivo.</translation>
    </message>
    <message>
        <source>The history address is not valid: %1</source>
        <translation>La dirección del historial no es válida: %1</translation>
    </message>
    <message>
        <source>The history address holds a password: leave it out (anyone on this machine can read a command line) and give it with --history-password-env VARIABLE, or in Settings (kept in the keychain).</source>
        <translation>La dirección del historial contiene una contraseña: quítela (cualquiera en esta máquina puede leer una línea de órdenes) e indíquela con --history-password-env VARIABLE, o en Configuración (se guarda en el llavero).</translation>
    </message>
    <message>
        <source>The history address names no database user (USER@ before the host).</source>
        <translation>La dirección del historial no indica usuario de la base de datos (USUARIO@ antes del host).</translation>
    </message>
    <message>
        <source>The history address names no host.</source>
        <translation>La dirección del historial no indica el host.</translation>
    </message>
    <message>
        <source>The history address names no database (/DATABASE after the host).</source>
        <translation>La dirección del historial no indica la base de datos (/BASEDEDATOS después del host).</translation>
    </message>
    <message>
        <source>The history address&apos;s option %1 takes 1 or 0, not &quot;%2&quot;.</source>
        <translation>La opción %1 de la dirección del historial admite 1 o 0, no «%2».</translation>
    </message>
    <message>
        <source>The history address has an unknown option &quot;%1&quot; (known: tls, ca).</source>
        <translation>La dirección del historial tiene una opción desconocida «%1» (conocidas: tls, ca).</translation>
    </message>
    <message>
        <source>MariaDB database %1 on %2:%3 (user %4)</source>
        <translation>base de datos MariaDB %1 en %2:%3 (usuario %4)</translation>
    </message>
    <message>
        <source>PostgreSQL database %1 on %2:%3 (user %4)</source>
        <translation>base de datos PostgreSQL %1 en %2:%3 (usuario %4)</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>this computer (%1)</source>
        <translation>este equipo (%1)</translation>
    </message>
</context>
<context>
    <name>HistorySettingsPage</name>
    <message>
        <source>Every attempt is written to the history before it is sent. A team that shares one database sees each other&apos;s attempts and never sends the same phone twice at once.</source>
        <translation>Cada intento se escribe en el historial antes de enviarse. Un equipo que comparte una base de datos ve los intentos de los demás y nunca envía el mismo teléfono dos veces a la vez.</translation>
    </message>
    <message>
        <source>This co&amp;mputer (a file, no setup)</source>
        <translation>Este e&amp;quipo (un archivo, sin configuración)</translation>
    </message>
    <message>
        <source>Sh&amp;ared database on a server (team mode)</source>
        <translation>Base de datos &amp;compartida en un servidor (modo equipo)</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>Database type</source>
        <translation>Tipo de base de datos</translation>
    </message>
    <message>
        <source>Hos&amp;t:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>db.example.com or 192.0.2.10</source>
        <translation>db.example.com o 192.0.2.10</translation>
    </message>
    <message>
        <source>Database server host</source>
        <translation>Host del servidor de base de datos</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>Database server port</source>
        <translation>Puerto del servidor de base de datos</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>viciprov</source>
        <translation>viciprov</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Nombre de la base de datos</translation>
    </message>
    <message>
        <source>Database &amp;user:</source>
        <translation>Usua&amp;rio de la base de datos:</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Usuario de la base de datos</translation>
    </message>
    <message>
        <source>Database pass&amp;word:</source>
        <translation>Contr&amp;aseña de la base de datos:</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <source>Use T&amp;LS (check the server&apos;s certificate)</source>
        <translation>Usar T&amp;LS (comprobar el certificado del servidor)</translation>
    </message>
    <message>
        <source>CA certificate &amp;file:</source>
        <translation>Arc&amp;hivo del certificado de la CA:</translation>
    </message>
    <message>
        <source>Optional; else the system&apos;s certificate authorities</source>
        <translation>Opcional; si no, las autoridades de certificación del sistema</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Archivo del certificado de la CA</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Elegir el archivo del certificado de la CA</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Connects with the values typed here, without saving them; changes nothing on the server</source>
        <translation>Se conecta con los valores escritos aquí, sin guardarlos; no cambia nada en el servidor</translation>
    </message>
</context>
<context>
    <name>HistoryStartup</name>
    <message>
        <source>No password for this database is kept (%1): type it in Settings…</source>
        <translation>No se guarda ninguna contraseña para esta base de datos (%1): escríbala en Configuración…</translation>
    </message>
    <message>
        <source>The history address in the settings is not valid: %1</source>
        <translation>La dirección del historial en la configuración no es válida: %1</translation>
    </message>
    <message>
        <source>History not available</source>
        <translation>Historial no disponible</translation>
    </message>
    <message>
        <source>%1

Every attempt is written to the history before it is sent, so nothing can be sent until it is open. Try again once the server is back, correct the history&apos;s address or password in Settings…, or quit.</source>
        <translation>%1

Cada intento se escribe en el historial antes de enviarse, así que no se puede enviar nada hasta que esté abierto. Vuelva a intentarlo cuando el servidor vuelva, corrija la dirección o la contraseña del historial en Configuración…, o salga.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Not started: the history could not be opened. %1</source>
        <translation>No se inició: no se pudo abrir el historial. %1</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Could not upgrade the history to version %1: %2</source>
        <translation>No se pudo actualizar el historial a la versión %1: %2</translation>
    </message>
    <message>
        <source>The history is not open</source>
        <translation>El historial no está abierto</translation>
    </message>
    <message>
        <source>The export file is not open for writing</source>
        <translation>El archivo de exportación no está abierto para escritura</translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation>No se pudo escribir la exportación: %1</translation>
    </message>
    <message>
        <source>Could not read the history: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>(en memoria)</translation>
    </message>
    <message>
        <source>Could not create the folder %1</source>
        <translation>No se pudo crear la carpeta %1</translation>
    </message>
    <message>
        <source>Could not open the history %1</source>
        <translation>No se pudo abrir el historial %1</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt (libqt6sql6-sqlite) is missing</source>
        <translation>falta el controlador SQLite de Qt (libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>Could not write to the history</source>
        <translation>No se pudo escribir en el historial</translation>
    </message>
    <message>
        <source>Could not write to the history %1</source>
        <translation>No se pudo escribir en el historial %1</translation>
    </message>
    <message>
        <source>The history has no attempt %1</source>
        <translation>El historial no tiene el intento %1</translation>
    </message>
    <message>
        <source>Could not read the history</source>
        <translation>No se pudo leer el historial</translation>
    </message>
    <message>
        <source>The history would be copied into itself.</source>
        <translation>El historial se copiaría en sí mismo.</translation>
    </message>
    <message>
        <source>Could not copy into %1: %2</source>
        <translation>No se pudo copiar en %1: %2</translation>
    </message>
    <message>
        <source>The history was written by a newer version of the program (schema %1; this version knows %2). Update the program.</source>
        <translation>El historial lo escribió una versión más nueva del programa (esquema %1; esta versión conoce el %2). Actualice el programa.</translation>
    </message>
    <message>
        <source>The database already has a table &quot;attempts&quot; that is not this program&apos;s: give the history a database of its own.</source>
        <translation>La base de datos ya tiene una tabla «attempts» que no es de este programa: dé al historial una base de datos propia.</translation>
    </message>
    <message>
        <source>Could not open the shared history (%1)</source>
        <translation>No se pudo abrir el historial compartido (%1)</translation>
    </message>
    <message>
        <source>%1 on %2 (API user %3)</source>
        <translation>%1 en %2 (usuario de API %3)</translation>
    </message>
    <message>
        <source>The shared history (%1) cannot be reached</source>
        <translation>No se puede acceder al historial compartido (%1)</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Select an attempt to see its request and reply (passwords removed).</source>
        <translation>Seleccione un intento para ver su solicitud y su respuesta (sin contraseñas).</translation>
    </message>
    <message>
        <source>&amp;Retry selected</source>
        <translation>&amp;Reintentar seleccionados</translation>
    </message>
    <message>
        <source>Copy the selected attempts back to the main window to send them again</source>
        <translation>Copiar los intentos seleccionados a la ventana principal para enviarlos de nuevo</translation>
    </message>
    <message>
        <source>Resend to re&amp;solve</source>
        <translation>Reenviar para re&amp;solver</translation>
    </message>
    <message>
        <source>Send an attempt with an unknown outcome again: &quot;already exists&quot; then counts as added</source>
        <translation>Enviar de nuevo un intento de resultado desconocido: &quot;ya existe&quot; cuenta entonces como agregado</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Show attempts with outcome</source>
        <translation>Mostrar los intentos con resultado</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha desde</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha hasta</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Request and reply of the selected attempt</source>
        <translation>Solicitud y respuesta del intento seleccionado</translation>
    </message>
    <message>
        <source>Show attempts on VICIdial system</source>
        <translation>Mostrar intentos del sistema VICIdial</translation>
    </message>
    <message>
        <source>Search extension, login, name, alias, server, message, batch</source>
        <translation>Buscar extensión, login, nombre, alias, servidor, mensaje, lote</translation>
    </message>
    <message>
        <source>Undo &amp;batch…</source>
        <translation>Deshacer &amp;lote…</translation>
    </message>
    <message>
        <source>Delete the phones the selected attempt&apos;s batch added, after showing the list</source>
        <translation>Eliminar los teléfonos que agregó el lote del intento seleccionado, después de mostrar la lista</translation>
    </message>
    <message>
        <source>OS &amp;user:</source>
        <translation>&amp;Usuario del SO:</translation>
    </message>
    <message>
        <source>Show attempts sent by operating-system user</source>
        <translation>Mostrar los intentos enviados por el usuario del sistema operativo</translation>
    </message>
    <message>
        <source>The user logged in on the computer that sent the request</source>
        <translation>El usuario con sesión iniciada en el equipo que envió la solicitud</translation>
    </message>
    <message>
        <source>&amp;Machine:</source>
        <translation>E&amp;quipo:</translation>
    </message>
    <message>
        <source>Show attempts sent from machine</source>
        <translation>Mostrar los intentos enviados desde el equipo</translation>
    </message>
    <message>
        <source>The computer that sent the request</source>
        <translation>El equipo que envió la solicitud</translation>
    </message>
    <message>
        <source>&amp;API user:</source>
        <translation>Usuario de la &amp;API:</translation>
    </message>
    <message>
        <source>Show attempts sent as API user</source>
        <translation>Mostrar los intentos enviados como usuario de la API</translation>
    </message>
    <message>
        <source>The VICIdial user the request was sent as</source>
        <translation>El usuario de VICIdial con el que se envió la solicitud</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Phones</source>
        <translation>Importar teléfonos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open File...</source>
        <translation>A&amp;brir archivo...</translation>
    </message>
    <message>
        <source>Start from the template: every column with example rows, and a guide to the allowed values.</source>
        <translation>Empiece con la plantilla: todas las columnas con filas de ejemplo y una guía de los valores permitidos.</translation>
    </message>
    <message>
        <source>Save CSV &amp;Template...</source>
        <translation>Guardar pla&amp;ntilla CSV...</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Paste rows copied from Excel or LibreOffice (tab-separated), or CSV text</source>
        <translation>Pegue filas copiadas de Excel o LibreOffice (separadas por tabuladores) o texto CSV</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>Fila de &amp;encabezado:</translation>
    </message>
    <message>
        <source>Quoting: RFC 4180 (&quot;a, b&quot; and &quot;say &quot;&quot;hi&quot;&quot;&quot;)</source>
        <translation>Comillas: RFC 4180 (&quot;a, b&quot; y &quot;diga &quot;&quot;hola&quot;&quot;&quot;)</translation>
    </message>
    <message>
        <source>Stop Reading</source>
        <translation>Detener lectura</translation>
    </message>
    <message>
        <source>Which field each column holds (guessed from the header; change any):</source>
        <translation>Qué campo contiene cada columna (deducido del encabezado; puede cambiar cualquiera):</translation>
    </message>
    <message>
        <source>For fields without a column or with an empty cell</source>
        <translation>Para los campos sin columna o con la celda vacía</translation>
    </message>
    <message>
        <source>Server &amp;IP:</source>
        <translation>&amp;IP del servidor:</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>P&amp;rotocolo:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>Pla&amp;ntilla:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Outbound &amp;caller ID:</source>
        <translation>ID de &amp;llamada saliente:</translation>
    </message>
    <message>
        <source>{ext} is replaced by the row&apos;s extension</source>
        <translation>{ext} se reemplaza por la extensión de la fila</translation>
    </message>
    <message>
        <source>Dial plan number, voicemail box and login = extension</source>
        <translation>Número del plan de marcación, buzón de voz y login = extensión</translation>
    </message>
    <message>
        <source>Generate a strong password for each empty one</source>
        <translation>Generar una contraseña segura para cada una vacía</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>Mostrar solo las filas con &amp;problemas</translation>
    </message>
    <message>
        <source>Red: refused (see tooltip) · Yellow: the server would change it · Blue: written in canonical form</source>
        <translation>Rojo: rechazado (vea la ayuda emergente) · Amarillo: el servidor lo cambiaría · Azul: escrito en forma canónica</translation>
    </message>
    <message>
        <source>&amp;Remove Rows</source>
        <translation>&amp;Quitar filas</translation>
    </message>
    <message>
        <source>&quot;Dry Run&quot; shows here what would be sent, without sending anything.</source>
        <translation>&quot;Simulación&quot; muestra aquí lo que se enviaría, sin enviar nada.</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>&amp;Simulación</translation>
    </message>
    <message>
        <source>Save Agent &amp;Handout...</source>
        <translation>Guardar &amp;hoja para agentes...</translation>
    </message>
    <message>
        <source>A CSV with each phone&apos;s login and passwords, for the agents. It holds secrets.</source>
        <translation>Un CSV con el login y las contraseñas de cada teléfono, para los agentes. Contiene secretos.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Pasted rows</source>
        <translation>Filas pegadas</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progreso de la lectura</translation>
    </message>
    <message>
        <source>Columns and their fields</source>
        <translation>Columnas y sus campos</translation>
    </message>
    <message>
        <source>F&amp;ull name:</source>
        <translation>Nombre &amp;completo:</translation>
    </message>
    <message>
        <source>Phones to send</source>
        <translation>Teléfonos para enviar</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulación</translation>
    </message>
    <message>
        <source>Type or paste the path of a .csv, .tsv or .txt file (one phone per row) and press Enter</source>
        <translation>Escriba o pegue la ruta de un archivo .csv, .tsv o .txt (un teléfono por fila) y pulse Intro</translation>
    </message>
    <message>
        <source>Show e&amp;xact requests</source>
        <translation>Mostrar solicitudes e&amp;xactas</translation>
    </message>
    <message>
        <source>The requests as they would be sent, URL-encoded, with the passwords hidden</source>
        <translation>Las solicitudes tal como se enviarían (URL-encoded), con las contraseñas ocultas</translation>
    </message>
    <message>
        <source>Action for e&amp;very row:</source>
        <translation>Acción para cada &amp;fila:</translation>
    </message>
    <message>
        <source>Action for every row</source>
        <translation>Acción para cada fila</translation>
    </message>
</context>
<context>
    <name>ImportPipeline</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; files up to %3 MB can be imported. Split the list or remove columns that are not needed.</source>
        <translation>%1 tiene %2 MB; se pueden importar archivos de hasta %3 MB. Divida la lista o quite las columnas que no hagan falta.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 ocupa más de %2 MB.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 línea %2</translation>
    </message>
    <message>
        <source>%1, column %2: %3</source>
        <translation>%1, columna %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Update (added earlier)</source>
        <translation>Actualizar (agregado antes)</translation>
    </message>
    <message>
        <source>Add, or update if it exists</source>
        <translation>Agregar, o actualizar si existe</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>This row has %1 fields; the header has %2.</source>
        <translation>Esta fila tiene %1 campos; el encabezado tiene %2.</translation>
    </message>
    <message>
        <source>This row has %1 fields; most rows have %2.</source>
        <translation>Esta fila tiene %1 campos; la mayoría de las filas tiene %2.</translation>
    </message>
    <message>
        <source>Active: &quot;%1&quot; is not Y or N.</source>
        <translation>Activo: &quot;%1&quot; no es Y ni N.</translation>
    </message>
    <message>
        <source>Extension %1 on %2 was already added (history).</source>
        <translation>La extensión %1 en %2 ya se agregó (historial).</translation>
    </message>
    <message>
        <source>Same extension and server as line %1.</source>
        <translation>Misma extensión y servidor que la línea %1.</translation>
    </message>
    <message>
        <source>Login %1 was already added (history).</source>
        <translation>El login %1 ya se agregó (historial).</translation>
    </message>
    <message>
        <source>Same login as line %1.</source>
        <translation>Mismo login que la línea %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Vici Provisioner</source>
        <translation>Vici Provisioner</translation>
    </message>
    <message>
        <source>Demo mode: you are talking to a simulator built into this program, not a real VICIdial server. Settings and history are kept apart from your real ones.</source>
        <translation>Modo demostración: está hablando con un simulador integrado en este programa, no con un servidor VICIdial real. La configuración y el historial se guardan aparte de los reales.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Filter phones (extension, name, login, server, message)</source>
        <translation>Filtrar teléfonos (extensión, nombre, login, servidor, mensaje)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>&amp;Teléfonos</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Add phone</source>
        <translation>&amp;Agregar teléfono</translation>
    </message>
    <message>
        <source>Send the phone in the form to the server</source>
        <translation>Enviar al servidor el teléfono del formulario</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>&amp;Importar lista…</translation>
    </message>
    <message>
        <source>Add many phones from a CSV file, a paste or a range</source>
        <translation>Agregar muchos teléfonos desde un archivo CSV, un pegado o un rango</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Test credentials</source>
        <translation>&amp;Probar credenciales</translation>
    </message>
    <message>
        <source>Check the server address, the API login and the permission to add phones, without creating anything</source>
        <translation>Comprobar la dirección del servidor, el inicio de sesión en la API y el permiso para agregar teléfonos, sin crear nada</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Every attempt ever made</source>
        <translation>Todos los intentos realizados</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Send the selected failed or unknown phones again</source>
        <translation>Enviar de nuevo los teléfonos seleccionados fallidos o desconocidos</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Edit in form</source>
        <translation>&amp;Editar en el formulario</translation>
    </message>
    <message>
        <source>Load the phone into the form to fix it and send it again</source>
        <translation>Cargar el teléfono en el formulario para corregirlo y enviarlo de nuevo</translation>
    </message>
    <message>
        <source>Show &amp;details…</source>
        <translation>Ver &amp;detalles…</translation>
    </message>
    <message>
        <source>The request and the reply, without passwords</source>
        <translation>La solicitud y la respuesta, sin contraseñas</translation>
    </message>
    <message>
        <source>&amp;Copy row</source>
        <translation>&amp;Copiar fila</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL command</source>
        <translation>Copiar como comando c&amp;URL</translation>
    </message>
    <message>
        <source>A command line that sends the same request; passwords appear as shell variables</source>
        <translation>Una línea de comandos que envía la misma solicitud; las contraseñas aparecen como variables del shell</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;About Vici Provisioner</source>
        <translation>&amp;Acerca de Vici Provisioner</translation>
    </message>
    <message>
        <source>Show in histor&amp;y</source>
        <translation>Ver en el histo&amp;rial</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Descartar aviso</translation>
    </message>
    <message>
        <source>Filter phones</source>
        <translation>Filtrar teléfonos</translation>
    </message>
    <message>
        <source>Show phones with status</source>
        <translation>Mostrar los teléfonos con estado</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>How to set up, add phones, import lists and read the history</source>
        <translation>Cómo configurar, agregar teléfonos, importar listas y leer el historial</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>The phones this tool created or changed, with their last known state: deactivate, reactivate or delete them</source>
        <translation>Los teléfonos que esta herramienta creó o modificó, con su último estado conocido: desactivarlos, reactivarlos o eliminarlos</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Phone &amp;aliases…</source>
        <translation>&amp;Alias de teléfono…</translation>
    </message>
    <message>
        <source>Add, change or delete a phone alias: one agent, one login across several dialer servers</source>
        <translation>Agregar, cambiar o eliminar un alias de teléfono: un agente, un único login en varios servidores de marcación</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>The server created the phone. It can register in about a minute, once the server has rebuilt its Asterisk configuration.</source>
        <translation>El servidor creó el teléfono. Podrá registrarse en un minuto aproximadamente, cuando el servidor haya regenerado su configuración de Asterisk.</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>The server changed the phone.</source>
        <translation>El servidor modificó el teléfono.</translation>
    </message>
    <message>
        <source>Extension already exists</source>
        <translation>La extensión ya existe</translation>
    </message>
    <message>
        <source>This extension already exists on that server (extensions compare without case). Choose another extension, or leave it if it is the phone you meant.</source>
        <translation>Esta extensión ya existe en ese servidor (las extensiones se comparan sin distinguir mayúsculas). Elija otra extensión o déjela si es el teléfono que quería.</translation>
    </message>
    <message>
        <source>Login already exists</source>
        <translation>El login ya existe</translation>
    </message>
    <message>
        <source>Another phone in the cluster already uses this login. Logins must be unique across all servers: choose another login.</source>
        <translation>Otro teléfono del clúster ya usa este login. Los logins deben ser únicos en todos los servidores: elija otro login.</translation>
    </message>
    <message>
        <source>Unknown server</source>
        <translation>Servidor desconocido</translation>
    </message>
    <message>
        <source>The server IP is not a server of this VICIdial cluster. Use the IP shown under Admin &gt; Servers.</source>
        <translation>La IP del servidor no es de un servidor de este clúster VICIdial. Use la IP que aparece en Admin &gt; Servers.</translation>
    </message>
    <message>
        <source>Invalid time zone</source>
        <translation>Zona horaria no válida</translation>
    </message>
    <message>
        <source>The server refused the time zone. Use one of the 33 offsets VICIdial knows, such as -5.00.</source>
        <translation>El servidor rechazó la zona horaria. Use uno de los 33 desfases que conoce VICIdial, como -5.00.</translation>
    </message>
    <message>
        <source>Unknown template</source>
        <translation>Plantilla desconocida</translation>
    </message>
    <message>
        <source>The template ID does not exist on the server. Leave it empty or use an existing template.</source>
        <translation>El ID de plantilla no existe en el servidor. Déjelo vacío o use una plantilla existente.</translation>
    </message>
    <message>
        <source>Required fields missing</source>
        <translation>Faltan campos obligatorios</translation>
    </message>
    <message>
        <source>The server found a required field empty or too short after removing characters it does not keep, or the protocol is not IAX2, SIP, Zap or EXTERNAL.</source>
        <translation>El servidor encontró un campo obligatorio vacío o demasiado corto después de quitar los caracteres que no conserva, o el protocolo no es IAX2, SIP, Zap ni EXTERNAL.</translation>
    </message>
    <message>
        <source>Phone not found</source>
        <translation>Teléfono no encontrado</translation>
    </message>
    <message>
        <source>No phone with this extension exists on that server.</source>
        <translation>No existe ningún teléfono con esta extensión en ese servidor.</translation>
    </message>
    <message>
        <source>API login failed</source>
        <translation>Falló el inicio de sesión en la API</translation>
    </message>
    <message>
        <source>The API user or password is wrong, or the user is inactive or below level 7. Nothing more was sent: after 10 failed logins the server locks the user for 15 minutes. Check the password in Settings.</source>
        <translation>El usuario o la contraseña de la API son incorrectos, o el usuario está inactivo o tiene un nivel inferior a 7. No se envió nada más: tras 10 inicios de sesión fallidos el servidor bloquea al usuario durante 15 minutos. Revise la contraseña en Configuración.</translation>
    </message>
    <message>
        <source>API user locked</source>
        <translation>Usuario de la API bloqueado</translation>
    </message>
    <message>
        <source>The server locked the API user after too many failed logins. Wait 15 minutes (or have an admin unlock the user) and check the password before trying again.</source>
        <translation>El servidor bloqueó al usuario de la API tras demasiados inicios de sesión fallidos. Espere 15 minutos (o pida a un administrador que lo desbloquee) y revise la contraseña antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>IP address not allowed</source>
        <translation>Dirección IP no permitida</translation>
    </message>
    <message>
        <source>The server does not accept API calls from this computer&apos;s IP address. Add it to the API user&apos;s allowed IP list on the VICIdial side.</source>
        <translation>El servidor no acepta llamadas a la API desde la dirección IP de este equipo. Agréguela a la lista de IP permitidas del usuario de la API en VICIdial.</translation>
    </message>
    <message>
        <source>No permission</source>
        <translation>Sin permiso</translation>
    </message>
    <message>
        <source>The API user may not add phones. On the VICIdial side give the user level 8 or more, &quot;Ast Admin Access&quot;, &quot;API Access&quot;, and add_phone (or ALL_FUNCTIONS) in the allowed API functions.</source>
        <translation>El usuario de la API no puede agregar teléfonos. En VICIdial dé al usuario nivel 8 o superior, &quot;Ast Admin Access&quot;, &quot;API Access&quot; y add_phone (o ALL_FUNCTIONS) en las funciones de API permitidas.</translation>
    </message>
    <message>
        <source>Invalid source label</source>
        <translation>Etiqueta de origen no válida</translation>
    </message>
    <message>
        <source>The server refused the source label: it needs at least 2 letters or digits. Change it in Settings.</source>
        <translation>El servidor rechazó la etiqueta de origen: necesita al menos 2 letras o dígitos. Cámbiela en Configuración.</translation>
    </message>
    <message>
        <source>Function not available</source>
        <translation>Función no disponible</translation>
    </message>
    <message>
        <source>The server does not know this API function. It may be an old VICIdial version.</source>
        <translation>El servidor no conoce esta función de la API. Puede ser una versión antigua de VICIdial.</translation>
    </message>
    <message>
        <source>Server error (phone may exist)</source>
        <translation>Error del servidor (el teléfono puede existir)</translation>
    </message>
    <message>
        <source>The server failed with an HTTP error, which VICIdial does when its database refuses a statement (for example an apostrophe in the email). The phone may or may not have been created: resend to find out.</source>
        <translation>El servidor falló con un error HTTP, lo que VICIdial hace cuando su base de datos rechaza una sentencia (por ejemplo, un apóstrofo en el correo). El teléfono puede haberse creado o no: reenvíelo para saberlo.</translation>
    </message>
    <message>
        <source>Unrecognised reply</source>
        <translation>Respuesta no reconocida</translation>
    </message>
    <message>
        <source>The reply is not one the VICIdial API gives. Check that the server URL points at VICIdial (not a login page or proxy).</source>
        <translation>La respuesta no es de las que da la API de VICIdial. Compruebe que la URL del servidor apunta a VICIdial (no a una página de inicio de sesión ni a un proxy).</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Servidor inaccesible</translation>
    </message>
    <message>
        <source>The request did not reach the server (connection refused, unknown host or certificate refused). Nothing was changed. Check the server URL and the network.</source>
        <translation>La solicitud no llegó al servidor (conexión rechazada, host desconocido o certificado rechazado). No se cambió nada. Revise la URL del servidor y la red.</translation>
    </message>
    <message>
        <source>Connection lost (phone may exist)</source>
        <translation>Conexión perdida (el teléfono puede existir)</translation>
    </message>
    <message>
        <source>The connection broke after the request was sent. The phone may or may not have been created: resend to find out.</source>
        <translation>La conexión se cortó después de enviar la solicitud. El teléfono puede haberse creado o no: reenvíelo para saberlo.</translation>
    </message>
    <message>
        <source>Timed out (phone may exist)</source>
        <translation>Tiempo agotado (el teléfono puede existir)</translation>
    </message>
    <message>
        <source>The server did not answer in time. The phone may or may not have been created: resend to find out.</source>
        <translation>El servidor no respondió a tiempo. El teléfono puede haberse creado o no: reenvíelo para saberlo.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Cancelled before it was sent. Nothing was changed.</source>
        <translation>Cancelado antes de enviarse. No se cambió nada.</translation>
    </message>
    <message>
        <source>Cancelled while sending (phone may exist)</source>
        <translation>Cancelado durante el envío (el teléfono puede existir)</translation>
    </message>
    <message>
        <source>Cancelled after the request had been sent. The phone may or may not have been created: resend to find out.</source>
        <translation>Cancelado después de enviar la solicitud. El teléfono puede haberse creado o no: reenvíelo para saberlo.</translation>
    </message>
    <message>
        <source>Interrupted (phone may exist)</source>
        <translation>Interrumpido (el teléfono puede existir)</translation>
    </message>
    <message>
        <source>The program stopped while this request was in flight. The phone may or may not have been created: resend to find out.</source>
        <translation>El programa se detuvo mientras esta solicitud estaba en curso. El teléfono puede haberse creado o no: reenvíelo para saberlo.</translation>
    </message>
    <message>
        <source>Two-factor login required</source>
        <translation>Se requiere inicio de sesión en dos pasos</translation>
    </message>
    <message>
        <source>The server has two-factor login switched on for this user, which the API cannot answer. Nothing more was sent. On the VICIdial side set the API user&apos;s &quot;Two Factor Override&quot; to DISABLED, or use an API user without two-factor login.</source>
        <translation>El servidor tiene activado el inicio de sesión en dos pasos para este usuario, que la API no puede responder. No se envió nada más. En VICIdial ponga &quot;Two Factor Override&quot; del usuario de API en DISABLED, o use un usuario de API sin inicio de sesión en dos pasos.</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Nada que cambiar</translation>
    </message>
    <message>
        <source>The server found nothing to change: this VICIdial build does not read any of the fields that were sent (NO UPDATES DEFINED). The phone is as it was.</source>
        <translation>El servidor no encontró nada que cambiar: esta versión de VICIdial no lee ninguno de los campos enviados (NO UPDATES DEFINED). El teléfono quedó como estaba.</translation>
    </message>
    <message>
        <source>API login or permission refused</source>
        <translation>Inicio de sesión o permiso de API rechazado</translation>
    </message>
    <message>
        <source>This VICIdial build (before 2.8-55) answers a wrong password with a permission error, so either the API password is wrong or the user may not do this. Nothing more was sent. Check the password in Settings (these builds keep only letters and digits of it), and that the user has level 8 or more, &quot;Ast Admin Access&quot; and &quot;API Access&quot;.</source>
        <translation>Esta versión de VICIdial (anterior a 2.8-55) responde a una contraseña incorrecta con un error de permiso, así que o la contraseña de API es incorrecta o el usuario no puede hacer esto. No se envió nada más. Revise la contraseña en la configuración (estas versiones solo conservan sus letras y dígitos) y que el usuario tenga nivel 8 o más, &quot;Ast Admin Access&quot; y &quot;API Access&quot;.</translation>
    </message>
    <message>
        <source>The API user may not change phones. On the VICIdial side give the user level 8 or more, &quot;Ast Admin Access&quot;, &quot;API Access&quot;, and update_phone (or ALL_FUNCTIONS) in the allowed API functions.</source>
        <translation>El usuario de la API no puede modificar teléfonos. En VICIdial dé al usuario nivel 8 o superior, &quot;Ast Admin Access&quot;, &quot;API Access&quot; y update_phone (o ALL_FUNCTIONS) en las funciones de API permitidas.</translation>
    </message>
    <message>
        <source>The API user may not delete phones. Deleting needs &quot;Delete Phones&quot; set to 1 for the user on VICIdial (Admin &gt; Users), besides user level 8, &quot;Ast Admin Access&quot;, &quot;API Access&quot; and update_phone in the allowed API functions. Nothing was deleted by the refused request.</source>
        <translation>El usuario de la API no puede eliminar teléfonos. Para eliminar, el usuario necesita &quot;Delete Phones&quot; en 1 en VICIdial (Admin &gt; Users), además de nivel de usuario 8, &quot;Ast Admin Access&quot;, &quot;API Access&quot; y update_phone en las funciones de API permitidas. La solicitud rechazada no eliminó nada.</translation>
    </message>
    <message>
        <source>The API user may not manage phone aliases. On the VICIdial side give the user level 8 or more, &quot;Ast Admin Access&quot;, &quot;API Access&quot;, and add_phone_alias and update_phone_alias (or ALL_FUNCTIONS) in the allowed API functions.</source>
        <translation>El usuario de la API no puede gestionar alias de teléfono. En VICIdial dé al usuario nivel 8 o superior, &quot;Ast Admin Access&quot;, &quot;API Access&quot;, y add_phone_alias y update_phone_alias (o ALL_FUNCTIONS) en las funciones de API permitidas.</translation>
    </message>
    <message>
        <source>The API user may not delete phone aliases. Deleting needs &quot;Delete Phones&quot; set to 1 for the user on VICIdial (Admin &gt; Users), besides update_phone_alias in the allowed API functions.</source>
        <translation>El usuario de la API no puede eliminar alias de teléfono. Para eliminar, el usuario necesita &quot;Delete Phones&quot; en 1 en VICIdial (Admin &gt; Users), además de update_phone_alias en las funciones de API permitidas.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>API password</source>
        <translation>Contraseña de la API</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Recordar en el llavero del sistema</translation>
    </message>
</context>
<context>
    <name>PasswordVisibility</name>
    <message>
        <source>Show password</source>
        <translation>Mostrar contraseña</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Ocultar contraseña</translation>
    </message>
</context>
<context>
    <name>PhoneField</name>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Dial plan number</source>
        <translation>Número del plan de marcación</translation>
    </message>
    <message>
        <source>Voicemail box</source>
        <translation>Buzón de voz</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Login password</source>
        <translation>Contraseña de login</translation>
    </message>
    <message>
        <source>Server IP</source>
        <translation>IP del servidor</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Registration password</source>
        <translation>Contraseña de registro</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Outbound caller ID</source>
        <translation>ID de llamada saliente</translation>
    </message>
    <message>
        <source>Phone context</source>
        <translation>Contexto del teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Admin user group</source>
        <translation>Grupo de usuarios admin</translation>
    </message>
    <message>
        <source>Webphone</source>
        <translation>Webphone</translation>
    </message>
    <message>
        <source>Webphone auto-answer</source>
        <translation>Autorrespuesta del webphone</translation>
    </message>
    <message>
        <source>Use external server IP</source>
        <translation>Usar IP externa del servidor</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>On-hook agent</source>
        <translation>Agente on-hook</translation>
    </message>
</context>
<context>
    <name>PhoneForm</name>
    <message>
        <source>E&amp;xtension:</source>
        <translation>E&amp;xtensión:</translation>
    </message>
    <message>
        <source>&amp;Dialplan number:</source>
        <translation>Nº de &amp;plan de marcación:</translation>
    </message>
    <message>
        <source>&amp;Voicemail box:</source>
        <translation>&amp;Buzón de voz:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Make a strong password from the characters the server keeps</source>
        <translation>Crear una contraseña segura con los caracteres que el servidor conserva</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>&amp;Server IP:</source>
        <translation>IP del &amp;servidor:</translation>
    </message>
    <message>
        <source>Pr&amp;otocol:</source>
        <translation>Pr&amp;otocolo:</translation>
    </message>
    <message>
        <source>Outbound &amp;CID:</source>
        <translation>I&amp;D de llamada saliente:</translation>
    </message>
    <message>
        <source>add_phone always creates an active phone; an inactive one is switched off right after with update_phone</source>
        <translation>add_phone siempre crea un teléfono activo; uno inactivo se desactiva justo después con update_phone</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>&amp;Más opciones</translation>
    </message>
    <message>
        <source>Phone context:</source>
        <translation>Contexto del teléfono:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Admin user group:</source>
        <translation>Grupo de usuarios admin:</translation>
    </message>
    <message>
        <source>Webphone:</source>
        <translation>Webphone:</translation>
    </message>
    <message>
        <source>Webphone auto-answer:</source>
        <translation>Autorrespuesta del webphone:</translation>
    </message>
    <message>
        <source>Use external server IP:</source>
        <translation>Usar IP externa del servidor:</translation>
    </message>
    <message>
        <source>Template ID:</source>
        <translation>ID de plantilla:</translation>
    </message>
    <message>
        <source>On-hook agent:</source>
        <translation>Agente on-hook:</translation>
    </message>
    <message>
        <source>Empty the form but keep server, protocol, time zone and template</source>
        <translation>Vaciar el formulario pero conservar servidor, protocolo, zona horaria y plantilla</translation>
    </message>
    <message>
        <source>Send this phone to the server (Ctrl+Return); the shared fields stay for the next one</source>
        <translation>Enviar este teléfono al servidor (Ctrl+Return); los campos comunes se quedan para el siguiente</translation>
    </message>
    <message>
        <source>&amp;Add phone</source>
        <translation>&amp;Agregar teléfono</translation>
    </message>
    <message>
        <source>Login pass&amp;word:</source>
        <translation>Contraseña de lo&amp;gin:</translation>
    </message>
    <message>
        <source>Generate login password</source>
        <translation>Generar contraseña de login</translation>
    </message>
    <message>
        <source>Re&amp;gistration password:</source>
        <translation>Contraseña de r&amp;egistro:</translation>
    </message>
    <message>
        <source>Generate registration password</source>
        <translation>Generar contraseña de registro</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Act&amp;ive</source>
        <translation>Act&amp;ivo</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>&amp;Vaciar</translation>
    </message>
</context>
<context>
    <name>PhoneGenerator</name>
    <message>
        <source>The step must be 1 or more.</source>
        <translation>El paso debe ser 1 o más.</translation>
    </message>
    <message>
        <source>The range is empty: the last number (%1) is below the first (%2).</source>
        <translation>El rango está vacío: el último número (%1) es menor que el primero (%2).</translation>
    </message>
    <message>
        <source>Give at least one server IP.</source>
        <translation>Indique al menos una IP de servidor.</translation>
    </message>
    <message numerus="yes">
        <source>This makes %1 phones (%2 on each of %n server(s)); at most %3 can be made at once.</source>
        <translation>
            <numerusform>Esto crea %1 teléfonos (%2 en %n servidor); como máximo se pueden crear %3 a la vez.</numerusform>
            <numerusform>Esto crea %1 teléfonos (%2 en cada uno de %n servidores); como máximo se pueden crear %3 a la vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown placeholder %1 in &quot;%2&quot;; use {n}, {ext}, {i} or {server}.</source>
        <translation>Marcador desconocido %1 en &quot;%2&quot;; use {n}, {ext}, {i} o {server}.</translation>
    </message>
    <message>
        <source>The extension and login patterns cannot be empty.</source>
        <translation>Los patrones de extensión y de login no pueden estar vacíos.</translation>
    </message>
    <message>
        <source>One alias per agent needs two servers or more.</source>
        <translation>Un alias por agente necesita dos servidores o más.</translation>
    </message>
    <message>
        <source>Unknown placeholder %1 in the alias id &quot;%2&quot;; use {n}, {ext} or {i}.</source>
        <translation>Marcador desconocido %1 en el ID del alias &quot;%2&quot;; use {n}, {ext} o {i}.</translation>
    </message>
    <message>
        <source>The alias id cannot use {server}: one alias serves every server.</source>
        <translation>El ID del alias no puede usar {server}: un mismo alias sirve para todos los servidores.</translation>
    </message>
    <message>
        <source>The alias of extension %1 cannot be made: %2</source>
        <translation>No se puede crear el alias de la extensión %1: %2</translation>
    </message>
    <message>
        <source>The alias id pattern &quot;%1&quot; gives two extensions the same id %2; use {ext} or {n} in it.</source>
        <translation>El patrón de ID de alias &quot;%1&quot; da a dos extensiones el mismo ID %2; incluya {ext} o {n} en él.</translation>
    </message>
</context>
<context>
    <name>PhoneModel</name>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>added</source>
        <translation>agregado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>PhoneRules</name>
    <message>
        <source>a space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <source>the invisible character U+%1</source>
        <translation>el carácter invisible U+%1</translation>
    </message>
    <message>
        <source>the character &quot;%1&quot;</source>
        <translation>el carácter &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1: required, but empty.</source>
        <translation>%1: obligatorio, pero vacío.</translation>
    </message>
    <message>
        <source>%1: no digits; at least one is required.</source>
        <translation>%1: sin dígitos; se necesita al menos uno.</translation>
    </message>
    <message>
        <source>%1: the server would turn the &quot;+&quot; (position %2) into a space.</source>
        <translation>%1: el servidor convertiría el &quot;+&quot; (posición %2) en un espacio.</translation>
    </message>
    <message>
        <source>%1: the apostrophe (position %2) makes the server fail (HTTP 500).</source>
        <translation>%1: el apóstrofo (posición %2) hace fallar al servidor (HTTP 500).</translation>
    </message>
    <message>
        <source>%1: %2 (position %3) does not belong in an IPv4 address such as 10.10.10.15.</source>
        <translation>%1: %2 (posición %3) no corresponde a una dirección IPv4 como 10.10.10.15.</translation>
    </message>
    <message>
        <source>%1: the character at position %2 is not kept by the server; only %3 are kept.</source>
        <translation>%1: el servidor no conserva el carácter de la posición %2; solo conserva %3.</translation>
    </message>
    <message>
        <source>%1: %2 (position %3) is not kept by the server; only %4 are kept.</source>
        <translation>%1: el servidor no conserva %2 (posición %3); solo conserva %4.</translation>
    </message>
    <message>
        <source>Nothing would be left.</source>
        <translation>No quedaría nada.</translation>
    </message>
    <message>
        <source>The server would store &quot;%1&quot;.</source>
        <translation>El servidor guardaría &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Accented and non-Latin letters are kept only by a server in non-latin mode.</source>
        <translation>Las letras acentuadas y no latinas solo las conserva un servidor en modo non-latin.</translation>
    </message>
    <message numerus="yes">
        <source>%1: too short; at least %n characters.</source>
        <translation>
            <numerusform>%1: demasiado corto; al menos %n carácter.</numerusform>
            <numerusform>%1: demasiado corto; al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n characters; at most %2.</source>
        <translation>
            <numerusform>%1: %n carácter; como máximo %2.</numerusform>
            <numerusform>%1: %n caracteres; como máximo %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: add_phone refuses PJSIP, although the admin pages offer it; use one of %2.</source>
        <translation>%1: add_phone rechaza PJSIP, aunque las páginas de administración lo ofrecen; use uno de %2.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3.</source>
        <translation>%1: &quot;%2&quot; no es uno de %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3; the server would ignore it.</source>
        <translation>%1: &quot;%2&quot; no es uno de %3; el servidor lo ignoraría.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the server&apos;s 33 offsets, such as -5.00 (US Eastern) or 5.50 (India).</source>
        <translation>%1: &quot;%2&quot; no es uno de los 33 desfases del servidor, como -5.00 (este de EE. UU.) o 5.50 (India).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IPv4 address such as 10.10.10.15.</source>
        <translation>%1: &quot;%2&quot; no es una dirección IPv4 como 10.10.10.15.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has leading zeros; write %3, as the server compares addresses as text.</source>
        <translation>%1: &quot;%2&quot; tiene ceros a la izquierda; escriba %3, porque el servidor compara las direcciones como texto.</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>letras</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espacio</translation>
    </message>
    <message>
        <source>surrounding spaces removed</source>
        <translation>espacios de los extremos quitados</translation>
    </message>
    <message>
        <source>written as %1</source>
        <translation>escrito como %1</translation>
    </message>
    <message>
        <source>reduced to digits</source>
        <translation>reducido a dígitos</translation>
    </message>
    <message>
        <source>written in plain letters without accents (the server keeps only A-Z and a-z)</source>
        <translation>escrito en letras simples sin acentos (el servidor solo conserva A-Z y a-z)</translation>
    </message>
    <message>
        <source>%1: this server (VICIdial %2) ignores it; it was added in %3 (VICIdial %4). Leave it empty for this server.</source>
        <translation>%1: este servidor (VICIdial %2) lo ignora; se añadió en %3 (VICIdial %4). Déjelo vacío para este servidor.</translation>
    </message>
    <message>
        <source>%1: nothing is left once the characters the server drops are removed; it keeps only %2.</source>
        <translation>%1: no queda nada una vez quitados los caracteres que el servidor descarta; solo conserva %2.</translation>
    </message>
    <message>
        <source>without %1, as the server would store it (it keeps only %2)</source>
        <translation>sin %1, como lo guardaría el servidor (solo conserva %2)</translation>
    </message>
    <message>
        <source>%1 identifies the phone and cannot be changed; delete the phone and add it again.</source>
        <translation>%1 identifica el teléfono y no se puede cambiar; elimine el teléfono y agréguelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 cannot be emptied with %2.</source>
        <translation>%1 no se puede vaciar con %2.</translation>
    </message>
    <message>
        <source>Login %1 is already used by another phone of this system; the server would accept it twice.</source>
        <translation>El login %1 ya lo usa otro teléfono de este sistema; el servidor lo aceptaría dos veces.</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>Demo mode: requests go to %1, not to the simulator built into this program. Settings and history are kept apart from your real ones.</source>
        <translation>Modo demostración: las solicitudes van a %1, no al simulador integrado en este programa. La configuración y el historial se guardan aparte de los reales.</translation>
    </message>
</context>
<context>
    <name>ReplyParser</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <source>%1 is shorter than 2 characters</source>
        <translation>%1 tiene menos de 2 caracteres</translation>
    </message>
    <message>
        <source>protocol %1 is not IAX2, SIP, Zap or EXTERNAL</source>
        <translation>el protocolo %1 no es IAX2, SIP, Zap ni EXTERNAL</translation>
    </message>
    <message>
        <source>no phone fields were sent; the API login and the permission to add phones are good</source>
        <translation>no se enviaron campos de teléfono; el inicio de sesión en la API y el permiso para agregar teléfonos son correctos</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>alias %1</translation>
    </message>
    <message>
        <source>extension %1 on server %2</source>
        <translation>extensión %1 en el servidor %2</translation>
    </message>
    <message>
        <source>extension %1 on server %2 deleted</source>
        <translation>extensión %1 en el servidor %2 eliminada</translation>
    </message>
    <message>
        <source>%1 on server %2</source>
        <translation>%1 en el servidor %2</translation>
    </message>
    <message>
        <source>login %1</source>
        <translation>login %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>usuario %1</translation>
    </message>
    <message>
        <source>user %1 may not use the API function %2</source>
        <translation>el usuario %1 no puede usar la función de API %2</translation>
    </message>
    <message>
        <source>user %1 may not add phone aliases</source>
        <translation>el usuario %1 no puede agregar alias de teléfono</translation>
    </message>
    <message>
        <source>user %1 may not add phones</source>
        <translation>el usuario %1 no puede agregar teléfonos</translation>
    </message>
    <message>
        <source>user %1 may not update phones</source>
        <translation>el usuario %1 no puede actualizar teléfonos</translation>
    </message>
    <message>
        <source>user %1 may not delete phones</source>
        <translation>el usuario %1 no puede eliminar teléfonos</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;</source>
        <translation>origen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the server answered NO FUNCTION SPECIFIED</source>
        <translation>el servidor respondió NO FUNCTION SPECIFIED</translation>
    </message>
    <message>
        <source>HTTP %1: the server redirects to %2; use that address in the settings</source>
        <translation>HTTP %1: el servidor redirige a %2; use esa dirección en la configuración</translation>
    </message>
    <message>
        <source>HTTP %1: the server redirects elsewhere (a login page, or https?); check the server address</source>
        <translation>HTTP %1: el servidor redirige a otro sitio (¿una página de inicio de sesión o https?); revise la dirección del servidor</translation>
    </message>
    <message>
        <source>HTTP 404: there is no VICIdial API at this address; check the server address</source>
        <translation>HTTP 404: no hay una API de VICIdial en esta dirección; revise la dirección del servidor</translation>
    </message>
    <message>
        <source>HTTP %1: the web server asks for a login before the API</source>
        <translation>HTTP %1: el servidor web pide iniciar sesión antes de la API</translation>
    </message>
    <message>
        <source>HTTP 403: the web server refuses access to the API</source>
        <translation>HTTP 403: el servidor web deniega el acceso a la API</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no complete reply in time</source>
        <translation>no llegó una respuesta completa a tiempo</translation>
    </message>
    <message>
        <source>HTTP %1 with an empty reply</source>
        <translation>HTTP %1 con una respuesta vacía</translation>
    </message>
    <message>
        <source>the server sent an empty reply</source>
        <translation>el servidor envió una respuesta vacía</translation>
    </message>
    <message>
        <source>an HTML page instead of an API reply (a login page, a proxy or the wrong address?)</source>
        <translation>una página HTML en lugar de una respuesta de la API (¿una página de inicio de sesión, un proxy o una dirección equivocada?)</translation>
    </message>
    <message>
        <source>unexpected reply &quot;%1&quot;</source>
        <translation>respuesta inesperada &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the server sent its version (%1) instead of an answer</source>
        <translation>el servidor envió su versión (%1) en lugar de una respuesta</translation>
    </message>
    <message>
        <source>the reply was cut off: &quot;%1&quot;</source>
        <translation>la respuesta llegó cortada: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the server read none of the fields that were sent</source>
        <translation>el servidor no leyó ninguno de los campos enviados</translation>
    </message>
    <message>
        <source>VICIdial %1 answers a wrong password this way: check the password of user %2, or the user&apos;s permissions</source>
        <translation>VICIdial %1 responde así a una contraseña incorrecta: revise la contraseña del usuario %2 o sus permisos</translation>
    </message>
    <message>
        <source>(The server&apos;s VICIdial version is unknown: before 2.8-55 this is also the answer to a wrong password.)</source>
        <translation>(Se desconoce la versión de VICIdial del servidor: antes de 2.8-55 esta es también la respuesta a una contraseña incorrecta.)</translation>
    </message>
    <message>
        <source>alias %1 deleted</source>
        <translation>alias %1 eliminado</translation>
    </message>
    <message>
        <source>alias %1 does not exist</source>
        <translation>el alias %1 no existe</translation>
    </message>
    <message>
        <source>user %1 may not update phone aliases</source>
        <translation>el usuario %1 no puede actualizar alias de teléfono</translation>
    </message>
    <message>
        <source>user %1 may not delete phone aliases (the VICIdial user setting &quot;Delete Phones&quot; grants it)</source>
        <translation>el usuario %1 no puede eliminar alias de teléfono (lo permite la opción de usuario &quot;Delete Phones&quot; de VICIdial)</translation>
    </message>
</context>
<context>
    <name>ResumeBatchDialog</name>
    <message>
        <source>Continue an Interrupted Batch</source>
        <translation>Continuar un lote interrumpido</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Rows to show</source>
        <translation>Filas que mostrar</translation>
    </message>
    <message>
        <source>Rows of the batch</source>
        <translation>Filas del lote</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>E&amp;xportar informe…</translation>
    </message>
    <message>
        <source>Save every row with its state and message as CSV (no passwords)</source>
        <translation>Guardar cada fila con su estado y su mensaje como CSV (sin contraseñas)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Do not offer this batch again (its history stays)</source>
        <translation>No volver a ofrecer este lote (su historial se conserva)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>Ask again at the next start</source>
        <translation>Preguntar de nuevo en el próximo inicio</translation>
    </message>
    <message>
        <source>&amp;Continue batch</source>
        <translation>&amp;Continuar lote</translation>
    </message>
</context>
<context>
    <name>ServerBuild</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 (build %2)</source>
        <translation>%1 (compilación %2)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Conexión</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>dialer.example.com or https://dialer.example.com/vicidial/</source>
        <translation>dialer.example.com o https://dialer.example.com/vicidial/</translation>
    </message>
    <message>
        <source>API &amp;user:</source>
        <translation>&amp;Usuario de la API:</translation>
    </message>
    <message>
        <source>API &amp;password:</source>
        <translation>Contraseña de la &amp;API:</translation>
    </message>
    <message>
        <source>&amp;Source label:</source>
        <translation>&amp;Etiqueta de origen:</translation>
    </message>
    <message>
        <source>A label for the server&apos;s API log; letters and digits, at least 2</source>
        <translation>Una etiqueta para el registro de la API del servidor; letras y dígitos, al menos 2</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Test credentials</source>
        <translation>&amp;Probar credenciales</translation>
    </message>
    <message>
        <source>Checks the address, the login and the permission to add phones; creates nothing</source>
        <translation>Comprueba la dirección, el inicio de sesión y el permiso para agregar teléfonos; no crea nada</translation>
    </message>
    <message>
        <source>&amp;New phones</source>
        <translation>&amp;Teléfonos nuevos</translation>
    </message>
    <message>
        <source>Values a new phone starts with in the form and in imports.</source>
        <translation>Valores con los que empieza un teléfono nuevo en el formulario y en las importaciones.</translation>
    </message>
    <message>
        <source>&amp;Server IP:</source>
        <translation>IP del &amp;servidor:</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protocolo:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>T&amp;emplate ID:</source>
        <translation>ID de pl&amp;antilla:</translation>
    </message>
    <message>
        <source>server default: default</source>
        <translation>predeterminado del servidor: default</translation>
    </message>
    <message>
        <source>&amp;Admin user group:</source>
        <translation>&amp;Grupo de usuarios admin:</translation>
    </message>
    <message>
        <source>server default: ---ALL---</source>
        <translation>predeterminado del servidor: ---ALL---</translation>
    </message>
    <message>
        <source>Ce&amp;rtificates</source>
        <translation>Ce&amp;rtificados</translation>
    </message>
    <message>
        <source>Certificates trusted although they fail verification (for a server with a self-signed certificate). One SHA-256 fingerprint per line; the credential test shows the fingerprint of a certificate it refused.</source>
        <translation>Certificados de confianza aunque no superen la verificación (para un servidor con un certificado autofirmado). Una huella SHA-256 por línea; la prueba de credenciales muestra la huella de un certificado que rechazó.</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>Inter&amp;faz</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A new language is used the next time the program starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie el programa.</translation>
    </message>
    <message>
        <source>Letters and digits, at least 2</source>
        <translation>Letras y dígitos, al menos 2</translation>
    </message>
    <message>
        <source>Re&amp;quests at once:</source>
        <translation>&amp;Solicitudes simultáneas:</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>Tiemp&amp;o de espera:</translation>
    </message>
    <message>
        <source>Server runs in non-&amp;latin mode (keeps letters of any script)</source>
        <translation>El servidor funciona en modo non-&amp;latin (conserva letras de cualquier alfabeto)</translation>
    </message>
    <message>
        <source>Phone conte&amp;xt:</source>
        <translation>Conte&amp;xto del teléfono:</translation>
    </message>
    <message>
        <source>Trusted certificate fingerprints</source>
        <translation>Huellas de certificados de confianza</translation>
    </message>
    <message>
        <source>One SHA-256 fingerprint per line</source>
        <translation>Una huella SHA-256 por línea</translation>
    </message>
    <message>
        <source>S&amp;ystem name:</source>
        <translation>Nombre del s&amp;istema:</translation>
    </message>
    <message>
        <source>Optional, e.g. Production or Staging</source>
        <translation>Opcional, p. ej. Producción o Pruebas</translation>
    </message>
    <message>
        <source>Your name for this VICIdial system, shown in the status bar, batches and history</source>
        <translation>Su nombre para este sistema VICIdial, mostrado en la barra de estado, los lotes y el historial</translation>
    </message>
    <message>
        <source>History, batches and phones are kept per VICIdial system (this address): what was added on one system never counts on another.</source>
        <translation>El historial, los lotes y los teléfonos se guardan por sistema VICIdial (esta dirección): lo añadido en un sistema nunca cuenta en otro.</translation>
    </message>
</context>
<context>
    <name>SystemBuilds</name>
    <message>
        <source>VICIdial version not read yet</source>
        <translation>Versión de VICIdial aún no leída</translation>
    </message>
    <message>
        <source>reading the VICIdial version...</source>
        <translation>leyendo la versión de VICIdial...</translation>
    </message>
    <message>
        <source>VICIdial %1</source>
        <translation>VICIdial %1</translation>
    </message>
    <message>
        <source>VICIdial version unknown (%1): following the rules of the newest build</source>
        <translation>Versión de VICIdial desconocida (%1): se siguen las reglas de la compilación más reciente</translation>
    </message>
    <message>
        <source>the server did not answer the version request in time</source>
        <translation>el servidor no respondió a tiempo a la solicitud de versión</translation>
    </message>
    <message>
        <source>the version request failed: %1</source>
        <translation>la solicitud de versión falló: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the server names its version &quot;%1&quot;, which is not a VICIdial build this program knows</source>
        <translation>el servidor indica su versión como &quot;%1&quot;, que no es una compilación de VICIdial que este programa conozca</translation>
    </message>
    <message>
        <source>the server&apos;s answer to the version request has no version line</source>
        <translation>la respuesta del servidor a la solicitud de versión no tiene línea de versión</translation>
    </message>
    <message>
        <source>VICIdial %1 has no %2 (it came with VICIdial %3, 2011).</source>
        <translation>VICIdial %1 no tiene %2 (llegó con VICIdial %3, 2011).</translation>
    </message>
    <message>
        <source>A phone cannot be added inactive there: add it active, or upgrade the server.</source>
        <translation>Ahí no se puede agregar un teléfono inactivo: agréguelo activo o actualice el servidor.</translation>
    </message>
    <message>
        <source>VICIdial %1 ignores %2: it was added in %3 (VICIdial %4).</source>
        <translation>VICIdial %1 ignora %2: ese campo se agregó en %3 (VICIdial %4).</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>This looks like an Excel or OpenDocument workbook, not a CSV file. Save it as CSV (comma or semicolon separated) and open that file.</source>
        <translation>Esto parece un libro de Excel u OpenDocument, no un archivo CSV. Guárdelo como CSV (separado por comas o por punto y coma) y abra ese archivo.</translation>
    </message>
    <message>
        <source>This looks like an old Excel workbook (.xls), not a CSV file. Save it as CSV and open that file.</source>
        <translation>Esto parece un libro antiguo de Excel (.xls), no un archivo CSV. Guárdelo como CSV y abra ese archivo.</translation>
    </message>
    <message>
        <source>This looks like a binary file, not CSV text.</source>
        <translation>Esto parece un archivo binario, no texto CSV.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; invalid bytes were replaced by �. Try Windows-1252 if names look wrong.</source>
        <translation>El archivo no es UTF-8 válido; los bytes no válidos se reemplazaron por �. Pruebe Windows-1252 si los nombres se ven mal.</translation>
    </message>
    <message>
        <source>The UTF-16 file has an odd number of bytes; the last byte was ignored.</source>
        <translation>El archivo UTF-16 tiene un número impar de bytes; se ignoró el último byte.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-16; invalid characters were replaced by �.</source>
        <translation>El archivo no es UTF-16 válido; los caracteres no válidos se reemplazaron por �.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 con BOM</translation>
    </message>
</context>
<context>
    <name>TimeZones</name>
    <message>
        <source>Chatham Islands</source>
        <translation>Islas Chatham</translation>
    </message>
    <message>
        <source>New Zealand, Fiji</source>
        <translation>Nueva Zelanda, Fiyi</translation>
    </message>
    <message>
        <source>Solomon Islands, New Caledonia</source>
        <translation>Islas Salomón, Nueva Caledonia</translation>
    </message>
    <message>
        <source>Australia Eastern, Guam</source>
        <translation>Australia oriental, Guam</translation>
    </message>
    <message>
        <source>Australia Central</source>
        <translation>Australia central</translation>
    </message>
    <message>
        <source>Japan, Korea</source>
        <translation>Japón, Corea</translation>
    </message>
    <message>
        <source>China, Singapore, Australia Western</source>
        <translation>China, Singapur, Australia occidental</translation>
    </message>
    <message>
        <source>Thailand, Vietnam, Western Indonesia</source>
        <translation>Tailandia, Vietnam, Indonesia occidental</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <source>Bangladesh, Kyrgyzstan</source>
        <translation>Bangladés, Kirguistán</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <source>India, Sri Lanka</source>
        <translation>India, Sri Lanka</translation>
    </message>
    <message>
        <source>Pakistan, Uzbekistan</source>
        <translation>Pakistán, Uzbekistán</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afganistán</translation>
    </message>
    <message>
        <source>United Arab Emirates, Oman</source>
        <translation>Emiratos Árabes Unidos, Omán</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Irán</translation>
    </message>
    <message>
        <source>Moscow, Saudi Arabia, East Africa</source>
        <translation>Moscú, Arabia Saudita, África oriental</translation>
    </message>
    <message>
        <source>Eastern Europe, Egypt, South Africa</source>
        <translation>Europa oriental, Egipto, Sudáfrica</translation>
    </message>
    <message>
        <source>Central Europe, West Africa</source>
        <translation>Europa central, África occidental</translation>
    </message>
    <message>
        <source>UTC, United Kingdom, Portugal</source>
        <translation>UTC, Reino Unido, Portugal</translation>
    </message>
    <message>
        <source>Azores, Cape Verde</source>
        <translation>Azores, Cabo Verde</translation>
    </message>
    <message>
        <source>South Georgia</source>
        <translation>Georgia del Sur</translation>
    </message>
    <message>
        <source>Brazil (Brasilia), Argentina</source>
        <translation>Brasil (Brasilia), Argentina</translation>
    </message>
    <message>
        <source>Newfoundland</source>
        <translation>Terranova</translation>
    </message>
    <message>
        <source>Atlantic, Puerto Rico</source>
        <translation>Atlántico, Puerto Rico</translation>
    </message>
    <message>
        <source>US Eastern</source>
        <translation>Este de EE. UU.</translation>
    </message>
    <message>
        <source>US Central, Mexico City</source>
        <translation>Centro de EE. UU., Ciudad de México</translation>
    </message>
    <message>
        <source>US Mountain</source>
        <translation>Montaña de EE. UU.</translation>
    </message>
    <message>
        <source>US Pacific</source>
        <translation>Pacífico de EE. UU.</translation>
    </message>
    <message>
        <source>Alaska</source>
        <translation>Alaska</translation>
    </message>
    <message>
        <source>Hawaii</source>
        <translation>Hawái</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Samoa Americana</translation>
    </message>
    <message>
        <source>Baker Island</source>
        <translation>Isla Baker</translation>
    </message>
</context>
<context>
    <name>UndoPlanner</name>
    <message>
        <source>This history has no batch %1.</source>
        <translation>Este historial no tiene el lote %1.</translation>
    </message>
    <message>
        <source>Batch %1 was sent to %2 (%3), not to %4. Nothing is deleted on a system the batch did not add to; to undo it, give that system&apos;s address.</source>
        <translation>El lote %1 se envió a %2 (%3), no a %4. No se elimina nada en un sistema al que el lote no agregó; para deshacerlo, indique la dirección de ese sistema.</translation>
    </message>
    <message>
        <source>Batch %1 added no phones: there is nothing to undo.</source>
        <translation>El lote %1 no agregó teléfonos: no hay nada que deshacer.</translation>
    </message>
    <message>
        <source>Undo of %1</source>
        <translation>Deshacer %1</translation>
    </message>
</context>
<context>
    <name>vp::AboutDialog</name>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation>Licencia Pública General de GNU (GPL), versión 3 o posterior</translation>
    </message>
    <message>
        <source>kept in memory only, gone when the program closes</source>
        <translation>solo en memoria; se borra al cerrar el programa</translation>
    </message>
    <message>
        <source>Vici Provisioner icon</source>
        <translation>Icono de Vici Provisioner</translation>
    </message>
    <message>
        <source>Vici Provisioner %1</source>
        <translation>Vici Provisioner %1</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilado con %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY; the Licence tab has the full text.</source>
        <translation>Este programa es software libre: puede redistribuirlo y/o modificarlo según los términos de la Licencia Pública General de GNU (GPL) publicada por la Free Software Foundation, ya sea la versión 3 de la Licencia o (a su elección) cualquier versión posterior. Se distribuye SIN NINGUNA GARANTÍA; la pestaña Licencia contiene el texto completo.</translation>
    </message>
</context>
<context>
    <name>vp::AliasDialog</name>
    <message>
        <source>Aliases on the VICIdial system &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Alias en el sistema VICIdial &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Phone Aliases on %1</source>
        <translation>Alias de teléfono en %1</translation>
    </message>
    <message>
        <source>This tool has added no phones on this system yet; type the logins.</source>
        <translation>Esta herramienta aún no ha agregado teléfonos en este sistema; escriba los logins.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone login(s) known on this system; typing offers them.</source>
        <translation>
            <numerusform>%n login de teléfono conocido en este sistema; se sugiere al escribir.</numerusform>
            <numerusform>%n logins de teléfono conocidos en este sistema; se sugieren al escribir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message>
        <source>Delete Alias</source>
        <translation>Eliminar alias</translation>
    </message>
    <message>
        <source>Delete the alias %1 from %2? The agent then no longer logs in with it; the phones stay. It cannot be undone.</source>
        <translation>¿Eliminar el alias %1 de %2? El agente ya no podrá iniciar sesión con él; los teléfonos se conservan. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>No se eliminó nada.</translation>
    </message>
    <message>
        <source>There is no connection to %1 in this session: choose it in the settings first. Nothing was sent.</source>
        <translation>No hay conexión con %1 en esta sesión: elíjalo primero en la configuración. No se envió nada.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Enviando a %1…</translation>
    </message>
    <message>
        <source>Added: the alias %1 (%2) on %3 with the logins %4.</source>
        <translation>Agregado: el alias %1 (%2) en %3 con los logins %4.</translation>
    </message>
    <message>
        <source>Deleted: the alias %1 is gone from %2; its phones stay.</source>
        <translation>Eliminado: el alias %1 ya no está en %2; sus teléfonos se conservan.</translation>
    </message>
    <message>
        <source>Changed: the alias %1 on %2.</source>
        <translation>Cambiado: el alias %1 en %2.</translation>
    </message>
    <message>
        <source>Not added: %2 already has an alias %1 (ids compare without case). Use Change to give it another name or other logins, or choose another id.</source>
        <translation>No agregado: %2 ya tiene un alias %1 (los ID se comparan sin distinguir mayúsculas). Use Cambiar para darle otro nombre u otros logins, o elija otro ID.</translation>
    </message>
    <message>
        <source>Not done: %2 has no alias %1. Check the id, or add it with Add.</source>
        <translation>No hecho: %2 no tiene el alias %1. Revise el ID o agréguelo con Agregar.</translation>
    </message>
    <message>
        <source>Not done: no phone on %2 has the login %1. Add that phone first, or correct the login; nothing was changed.</source>
        <translation>No hecho: ningún teléfono de %2 tiene el login %1. Agregue primero ese teléfono o corrija el login; no se cambió nada.</translation>
    </message>
    <message>
        <source>Refused by the server: %1. Nothing was changed.</source>
        <translation>Rechazado por el servidor: %1. No se cambió nada.</translation>
    </message>
    <message>
        <source>Not deleted: the API user may not delete phone aliases (%1). In VICIdial, Admin &gt; Users &gt; this user, set &quot;Delete Phones&quot; (delete_phones) to 1. Sending stopped; it starts again with the next request you confirm.</source>
        <translation>No eliminado: el usuario de la API no puede eliminar alias de teléfono (%1). En VICIdial, en Admin &gt; Users &gt; este usuario, ponga &quot;Delete Phones&quot; (delete_phones) en 1. El envío se detuvo; se reanuda con la próxima solicitud que confirme.</translation>
    </message>
    <message>
        <source>Refused: %1. In VICIdial, Admin &gt; Users &gt; this user needs user level 8 or more, &quot;Ast Admin Access&quot;, &quot;API Access&quot;, and %2 (or ALL_FUNCTIONS) in the allowed API functions. Sending stopped.</source>
        <translation>Rechazado: %1. En VICIdial, en Admin &gt; Users, este usuario necesita nivel de usuario 8 o superior, &quot;Ast Admin Access&quot;, &quot;API Access&quot; y %2 (o ALL_FUNCTIONS) en las funciones de API permitidas. El envío se detuvo.</translation>
    </message>
    <message>
        <source>%1%2. %3</source>
        <translation>%1%2. %3</translation>
    </message>
</context>
<context>
    <name>vp::AliasRules</name>
    <message>
        <source>The %1 contains &quot;%2&quot;, which VICIdial removes; use letters, digits and the characters it keeps.</source>
        <translation>El %1 contiene &quot;%2&quot;, que VICIdial elimina; use letras, dígitos y los caracteres que conserva.</translation>
    </message>
    <message>
        <source>The alias id must be 2 to %1 characters long.</source>
        <translation>El ID del alias debe tener de 2 a %1 caracteres.</translation>
    </message>
    <message>
        <source>alias id</source>
        <translation>ID del alias</translation>
    </message>
    <message>
        <source>A new alias needs a name and at least one phone login.</source>
        <translation>Un alias nuevo necesita un nombre y al menos un login de teléfono.</translation>
    </message>
    <message>
        <source>Nothing to change: give a new name or new logins for the alias.</source>
        <translation>Nada que cambiar: indique un nombre nuevo o logins nuevos para el alias.</translation>
    </message>
    <message>
        <source>The alias name must be 2 to %1 characters long.</source>
        <translation>El nombre del alias debe tener de 2 a %1 caracteres.</translation>
    </message>
    <message>
        <source>alias name</source>
        <translation>nombre del alias</translation>
    </message>
    <message>
        <source>An empty phone login is in the list of logins.</source>
        <translation>La lista de logins contiene un login de teléfono vacío.</translation>
    </message>
    <message>
        <source>phone login %1</source>
        <translation>login de teléfono %1</translation>
    </message>
    <message>
        <source>The phone logins must be at least 2 characters long.</source>
        <translation>Los logins de teléfono deben tener al menos 2 caracteres.</translation>
    </message>
</context>
<context>
    <name>vp::BatchAliases</name>
    <message>
        <source>alias %1: %2%3</source>
        <translation>alias %1: %2%3</translation>
    </message>
    <message>
        <source>alias %1: not sent (%2)</source>
        <translation>alias %1: no enviado (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Aliases of the batch: %n added.</source>
        <translation>
            <numerusform>Alias del lote: %n agregado.</numerusform>
            <numerusform>Alias del lote: %n agregados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the server: %1.</source>
        <translation>Rechazados por el servidor: %1.</translation>
    </message>
    <message>
        <source>Not sent, because a phone of theirs was not added: %1.</source>
        <translation>No enviados, porque no se agregó uno de sus teléfonos: %1.</translation>
    </message>
</context>
<context>
    <name>vp::BatchPanel</name>
    <message>
        <source>Res&amp;ume</source>
        <translation>Rean&amp;udar</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Pa&amp;usar</translation>
    </message>
    <message>
        <source>This batch could not be recorded for continuing after a crash (%1). It is sent anyway; history records every attempt.</source>
        <translation>No se pudo registrar este lote para continuarlo tras un cierre inesperado (%1). Se envía de todos modos; el historial registra cada intento.</translation>
    </message>
    <message>
        <source>Batch finished</source>
        <translation>Lote terminado</translation>
    </message>
    <message>
        <source>Batch running</source>
        <translation>Lote en curso</translation>
    </message>
    <message>
        <source>Paused: nothing new is sent.</source>
        <translation>En pausa: no se envía nada nuevo.</translation>
    </message>
    <message>
        <source>Another batch is still running: continue this one when it has finished (it is offered again at the next start).</source>
        <translation>Todavía hay otro lote en curso: continúe este cuando aquel termine (se volverá a ofrecer en el próximo inicio).</translation>
    </message>
    <message>
        <source>The batch could not be read: %1</source>
        <translation>No se pudo leer el lote: %1</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>línea %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Continuing batch &quot;%1&quot;: %n row(s) sent again</source>
        <translation>
            <numerusform>Continuando el lote &quot;%1&quot;: %n fila enviada de nuevo</numerusform>
            <numerusform>Continuando el lote &quot;%1&quot;: %n filas enviadas de nuevo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them had no definite answer and are checked (&quot;already exists&quot; then counts as added)</source>
        <translation>
            <numerusform>%n de ellas no tuvo una respuesta definitiva y se comprueba (&quot;ya existe&quot; cuenta entonces como agregado)</numerusform>
            <numerusform>%n de ellas no tuvieron una respuesta definitiva y se comprueban (&quot;ya existe&quot; cuenta entonces como agregado)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already added</source>
        <translation>
            <numerusform>%n ya agregada</numerusform>
            <numerusform>%n ya agregadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed row(s) listed to fix and retry</source>
        <translation>
            <numerusform>%n fila fallida en la lista para corregirla y reintentarla</numerusform>
            <numerusform>%n filas fallidas en la lista para corregirlas y reintentarlas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New passwords were made for %n row(s): the first ones were not kept (no keychain). Save the agent handout when the batch ends.</source>
        <translation>
            <numerusform>Se crearon contraseñas nuevas para %n fila: las primeras no se conservaron (no hay llavero). Guarde la hoja para agentes cuando termine el lote.</numerusform>
            <numerusform>Se crearon contraseñas nuevas para %n filas: las primeras no se conservaron (no hay llavero). Guarde la hoja para agentes cuando termine el lote.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passwords of %n row(s) were not kept (no keychain): import &quot;%1&quot; again to send them; the phones already added are recognised from history. Rows: %2</source>
        <translation>
            <numerusform>Las contraseñas de %n fila no se conservaron (no hay llavero): importe &quot;%1&quot; de nuevo para enviarla; los teléfonos ya agregados se reconocen por el historial. Filas: %2</numerusform>
            <numerusform>Las contraseñas de %n filas no se conservaron (no hay llavero): importe &quot;%1&quot; de nuevo para enviarlas; los teléfonos ya agregados se reconocen por el historial. Filas: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>There is nothing to report for this batch.</source>
        <translation>No hay nada que informar de este lote.</translation>
    </message>
    <message>
        <source>Export Batch Report</source>
        <translation>Exportar informe del lote</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report saved to %1: %2</source>
        <translation>Informe guardado en %1: %2</translation>
    </message>
    <message>
        <source>Save Agent Handout</source>
        <translation>Guardar hoja para agentes</translation>
    </message>
    <message>
        <source>The handout lists the login password and registration password of every phone this batch added, in plain text. Anyone who reads the file can register as these phones.

The file is made readable by you only. Hand it out over a safe channel and delete it afterwards.

Save it?</source>
        <translation>La hoja lista la contraseña de login y la contraseña de registro de cada teléfono que agregó este lote, en texto plano. Cualquiera que lea el archivo puede registrarse como estos teléfonos.

El archivo solo podrá leerlo usted. Entréguelo por un canal seguro y elimínelo después.

¿Guardarla?</translation>
    </message>
    <message>
        <source>No added phone of this batch has a password this program still holds.</source>
        <translation>Ningún teléfono agregado por este lote tiene una contraseña que este programa aún conserve.</translation>
    </message>
    <message numerus="yes">
        <source>Handout with %n phone(s) saved to %1 (readable by you only).</source>
        <translation>
            <numerusform>Hoja con %n teléfono guardada en %1 (solo usted puede leerla).</numerusform>
            <numerusform>Hoja con %n teléfonos guardada en %1 (solo usted puede leerla).</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, their password on the server is not known here: %1</source>
        <translation>Omitidos, porque aquí no se conoce su contraseña en el servidor: %1</translation>
    </message>
    <message>
        <source>The batch was not continued; it is offered again at the next start.</source>
        <translation>El lote no se continuó; se ofrecerá de nuevo en el próximo inicio.</translation>
    </message>
    <message>
        <source>Batch finished on %1</source>
        <translation>Lote terminado en %1</translation>
    </message>
    <message>
        <source>Batch running on %1</source>
        <translation>Lote en curso en %1</translation>
    </message>
    <message>
        <source>Sending is stopped after a login or permission error: %1</source>
        <translation>El envío está detenido tras un error de inicio de sesión o de permiso: %1</translation>
    </message>
    <message>
        <source>the API user %1 on %2, and the settings now use %3</source>
        <translation>el usuario de API %1 en %2, y la configuración usa ahora %3</translation>
    </message>
    <message>
        <source>%1 (API user %2), and the settings now point at %3</source>
        <translation>%1 (usuario de API %2), y la configuración apunta ahora a %3</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>ningún servidor</translation>
    </message>
    <message>
        <source>Batch of another system</source>
        <translation>Lote de otro sistema</translation>
    </message>
    <message>
        <source>Batch &quot;%1&quot; was sent to %2.

Continue it on %3? Its rows are sent there only, never to the system in the settings.</source>
        <translation>El lote &quot;%1&quot; se envió a %2.

¿Continuarlo en %3? Sus filas se envían solo allí, nunca al sistema de la configuración.</translation>
    </message>
    <message>
        <source>Another batch is still running: wait for it to finish, or cancel it.</source>
        <translation>Todavía hay otro lote en curso: espere a que termine o cancélelo.</translation>
    </message>
    <message numerus="yes">
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(%n más en espera)</numerusform>
            <numerusform>(%n más en espera)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vp::ColumnMappingModel</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>Active (Y/N)</source>
        <translation>Activo (Y/N)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(oculto)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>Se envía como</translation>
    </message>
    <message>
        <source>Both passwords (phone_pass and registration_password)</source>
        <translation>Ambas contraseñas (phone_pass y registration_password)</translation>
    </message>
</context>
<context>
    <name>vp::CredentialCheck</name>
    <message>
        <source>Server reachable</source>
        <translation>Servidor accesible</translation>
    </message>
    <message>
        <source>API login</source>
        <translation>Inicio de sesión en la API</translation>
    </message>
    <message>
        <source>Permission to add phones</source>
        <translation>Permiso para agregar teléfonos</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Asking the server for its version...</source>
        <translation>Preguntando al servidor su versión...</translation>
    </message>
    <message>
        <source>VICIdial %1, build %2.</source>
        <translation>VICIdial %1, compilación %2.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (SHA-256 %1).</source>
        <translation>El certificado del servidor no es de confianza (SHA-256 %1).</translation>
    </message>
    <message>
        <source>If this is your server&apos;s self-signed certificate, trust it in Settings.</source>
        <translation>Si es el certificado autofirmado de su servidor, márquelo como de confianza en Configuración.</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>Sin respuesta en %1 segundos.</translation>
    </message>
    <message>
        <source>Check the server URL, that the server is running, and any firewall between.</source>
        <translation>Revise la URL del servidor, que el servidor esté en marcha y cualquier cortafuegos intermedio.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>No se pudo conectar: %1</translation>
    </message>
    <message>
        <source>Check the server URL (host name, http or https, port) and the network.</source>
        <translation>Revise la URL del servidor (nombre de host, http o https, puerto) y la red.</translation>
    </message>
    <message>
        <source>The server answered 404: there is no VICIdial API at this address.</source>
        <translation>El servidor respondió 404: no hay una API de VICIdial en esta dirección.</translation>
    </message>
    <message>
        <source>The answer is not VICIdial&apos;s: %1</source>
        <translation>La respuesta no es de VICIdial: %1</translation>
    </message>
    <message>
        <source>Use the address of the VICIdial web server, e.g. https://dialer.example.com (the app adds /vicidial/non_agent_api.php).</source>
        <translation>Use la dirección del servidor web de VICIdial, p. ej. https://dialer.example.com (la aplicación añade /vicidial/non_agent_api.php).</translation>
    </message>
    <message>
        <source>Logging in as %1...</source>
        <translation>Iniciando sesión como %1...</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>This user may add phones.</source>
        <translation>Este usuario puede agregar teléfonos.</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>El servidor rechazó el usuario o la contraseña.</translation>
    </message>
    <message>
        <source>Check the API user and password. The server keeps only letters, digits, - and _ of a password, the user must be active with user level 7 or more. This test is not repeated by itself: after 10 failed logins the user is locked for 15 minutes.</source>
        <translation>Revise el usuario y la contraseña de la API. El servidor solo conserva letras, dígitos, - y _ de una contraseña; el usuario debe estar activo y tener nivel 7 o superior. Esta prueba no se repite sola: tras 10 inicios de sesión fallidos el usuario queda bloqueado 15 minutos.</translation>
    </message>
    <message>
        <source>The user is locked after too many failed logins.</source>
        <translation>El usuario está bloqueado por demasiados inicios de sesión fallidos.</translation>
    </message>
    <message>
        <source>Wait 15 minutes, or have an administrator reset the user&apos;s failed login count, then check the password before testing again.</source>
        <translation>Espere 15 minutos o pida a un administrador que reinicie el contador de inicios de sesión fallidos del usuario; luego revise la contraseña antes de volver a probar.</translation>
    </message>
    <message>
        <source>The server does not accept API calls from this computer&apos;s address.</source>
        <translation>El servidor no acepta llamadas a la API desde la dirección de este equipo.</translation>
    </message>
    <message>
        <source>On VICIdial, add this computer&apos;s IP address to the user&apos;s API allowed IP list (Admin &gt; Users &gt; API Allowed IP List).</source>
        <translation>En VICIdial, agregue la dirección IP de este equipo a la lista de IP permitidas para la API del usuario (Admin &gt; Users &gt; API Allowed IP List).</translation>
    </message>
    <message>
        <source>add_phone is not among this user&apos;s allowed API functions.</source>
        <translation>add_phone no está entre las funciones de API permitidas a este usuario.</translation>
    </message>
    <message>
        <source>On VICIdial, edit the user and add add_phone (or ALL_FUNCTIONS) to &quot;API Allowed Functions&quot;.</source>
        <translation>En VICIdial, edite el usuario y agregue add_phone (o ALL_FUNCTIONS) a &quot;API Allowed Functions&quot;.</translation>
    </message>
    <message>
        <source>This user may not add phones.</source>
        <translation>Este usuario no puede agregar teléfonos.</translation>
    </message>
    <message>
        <source>On VICIdial, give the user level 8 or more, &quot;Ast Admin Access&quot; = 1 and &quot;API Access&quot; = 1.</source>
        <translation>En VICIdial, dé al usuario nivel 8 o superior, &quot;Ast Admin Access&quot; = 1 y &quot;API Access&quot; = 1.</translation>
    </message>
    <message>
        <source>The server refused the source label.</source>
        <translation>El servidor rechazó la etiqueta de origen.</translation>
    </message>
    <message>
        <source>Set a source label of at least 2 letters or digits in Settings.</source>
        <translation>Ponga en Configuración una etiqueta de origen de al menos 2 letras o dígitos.</translation>
    </message>
    <message>
        <source>Check the server URL and try again; the answer did not come from the VICIdial API as expected.</source>
        <translation>Revise la URL del servidor y vuelva a intentarlo; la respuesta no vino de la API de VICIdial como se esperaba.</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>No comprobado.</translation>
    </message>
    <message>
        <source>VICIdial %1, build %2: too old for add_phone.</source>
        <translation>VICIdial %1, compilación %2: demasiado antiguo para add_phone.</translation>
    </message>
    <message>
        <source>add_phone came with VICIdial 2.4-27 (2011); upgrade the server.</source>
        <translation>add_phone llegó con VICIdial 2.4-27 (2011); actualice el servidor.</translation>
    </message>
    <message>
        <source>This build has no update_phone (it came with 2.4-37): phones cannot be deactivated from here.</source>
        <translation>Esta compilación no tiene update_phone (llegó con 2.4-37): los teléfonos no se pueden desactivar desde aquí.</translation>
    </message>
    <message>
        <source>VICIdial %1 refused: the password is wrong or the user may not add phones (builds before 2.8-55 do not tell them apart).</source>
        <translation>VICIdial %1 rechazó: la contraseña es incorrecta o el usuario no puede añadir teléfonos (las compilaciones anteriores a 2.8-55 no los distinguen).</translation>
    </message>
    <message>
        <source>Check the API password (these builds keep only its letters and digits), and that the user has level 8 or more, &quot;Ast Admin Access&quot; = 1 and &quot;API Access&quot; = 1.</source>
        <translation>Revise la contraseña de API (estas compilaciones solo conservan sus letras y dígitos) y que el usuario tenga nivel 8 o más, &quot;Ast Admin Access&quot; = 1 y &quot;API Access&quot; = 1.</translation>
    </message>
    <message>
        <source>The server asks this user for a two-factor login, which the API cannot give.</source>
        <translation>El servidor pide a este usuario un inicio de sesión en dos pasos, que la API no puede dar.</translation>
    </message>
    <message>
        <source>On VICIdial, set the API user&apos;s &quot;Two Factor Override&quot; to DISABLED, or use an API user without two-factor login.</source>
        <translation>En VICIdial, ponga &quot;Two Factor Override&quot; del usuario de API en DISABLED, o use un usuario de API sin inicio de sesión en dos pasos.</translation>
    </message>
    <message>
        <source>Check that the server is a VICIdial with the non-agent API&apos;s add_phone function.</source>
        <translation>Compruebe que el servidor es un VICIdial con la función add_phone de la API no-agente.</translation>
    </message>
    <message>
        <source>The server names its version &quot;%1&quot;, which this program does not know: following the rules of the newest VICIdial build.</source>
        <translation>El servidor indica su versión como &quot;%1&quot;, que este programa no conoce: se siguen las reglas de la compilación más reciente de VICIdial.</translation>
    </message>
    <message>
        <source>The server refused: the password is wrong or the user may not add phones (its VICIdial version is unknown, and builds before 2.8-55 do not tell them apart).</source>
        <translation>El servidor rechazó: la contraseña es incorrecta o el usuario no puede agregar teléfonos (se desconoce su versión de VICIdial, y las compilaciones anteriores a 2.8-55 no los distinguen).</translation>
    </message>
    <message>
        <source>Check the API password, and that the user has level 8 or more, &quot;Ast Admin Access&quot; = 1 and &quot;API Access&quot; = 1.</source>
        <translation>Revise la contraseña de API y que el usuario tenga nivel 8 o más, &quot;Ast Admin Access&quot; = 1 y &quot;API Access&quot; = 1.</translation>
    </message>
    <message>
        <source>The server did not answer the login check within %1 seconds.</source>
        <translation>El servidor no respondió a la comprobación de inicio de sesión en %1 segundos.</translation>
    </message>
    <message>
        <source>The server failed with HTTP %1 while checking the login.</source>
        <translation>El servidor falló con HTTP %1 al comprobar el inicio de sesión.</translation>
    </message>
    <message>
        <source>Could not connect for the login check: %1</source>
        <translation>No se pudo conectar para comprobar el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The connection broke before the server answered the login check.</source>
        <translation>La conexión se cortó antes de que el servidor respondiera a la comprobación de inicio de sesión.</translation>
    </message>
    <message>
        <source>Nothing was created. Look in the web server&apos;s error log, then run the test again.</source>
        <translation>No se creó nada. Revise el registro de errores del servidor web y luego vuelva a ejecutar la prueba.</translation>
    </message>
    <message>
        <source>Nothing was created. Run the test again; if it fails again, check the network between this computer and the server (a proxy or firewall).</source>
        <translation>No se creó nada. Vuelva a ejecutar la prueba; si falla de nuevo, revise la red entre este equipo y el servidor (un proxy o un cortafuegos).</translation>
    </message>
    <message>
        <source>Permission to change phones</source>
        <translation>Permiso para modificar teléfonos</translation>
    </message>
    <message>
        <source>Permission to delete phones</source>
        <translation>Permiso para eliminar teléfonos</translation>
    </message>
    <message>
        <source>VICIdial %1 has no update_phone (it came with 2.4-37): phones cannot be changed, deactivated or deleted through its API.</source>
        <translation>VICIdial %1 no tiene update_phone (llegó con 2.4-37): los teléfonos no se pueden modificar, desactivar ni eliminar a través de su API.</translation>
    </message>
    <message>
        <source>Upgrade the server to change phones from here.</source>
        <translation>Actualice el servidor para modificar teléfonos desde aquí.</translation>
    </message>
    <message>
        <source>Asking whether %1 may change phones...</source>
        <translation>Preguntando si %1 puede modificar teléfonos...</translation>
    </message>
    <message>
        <source>This user may change, deactivate and reactivate phones.</source>
        <translation>Este usuario puede modificar, desactivar y reactivar teléfonos.</translation>
    </message>
    <message>
        <source>update_phone is not among this user&apos;s allowed API functions: phones can be added but not changed, deactivated or deleted.</source>
        <translation>update_phone no está entre las funciones de API permitidas a este usuario: se pueden agregar teléfonos, pero no modificarlos, desactivarlos ni eliminarlos.</translation>
    </message>
    <message>
        <source>On VICIdial, edit the user and add update_phone (or ALL_FUNCTIONS) to &quot;API Allowed Functions&quot;.</source>
        <translation>En VICIdial, edite el usuario y agregue update_phone (o ALL_FUNCTIONS) a &quot;API Allowed Functions&quot;.</translation>
    </message>
    <message>
        <source>This user may not change phones.</source>
        <translation>Este usuario no puede modificar teléfonos.</translation>
    </message>
    <message>
        <source>No answer to the change check.</source>
        <translation>Sin respuesta a la comprobación de modificación.</translation>
    </message>
    <message>
        <source>Nothing was changed. Run the test again.</source>
        <translation>No se cambió nada. Vuelva a ejecutar la prueba.</translation>
    </message>
    <message>
        <source>Not testable without deleting a phone. Deleting needs the API user&apos;s &quot;Delete Phones&quot; set to 1 on VICIdial (Admin &gt; Users); without it a delete is refused and nothing is lost.</source>
        <translation>No se puede probar sin eliminar un teléfono. Para eliminar, el usuario de la API necesita &quot;Delete Phones&quot; en 1 en VICIdial (Admin &gt; Users); sin ello, la eliminación se rechaza y no se pierde nada.</translation>
    </message>
</context>
<context>
    <name>vp::CredentialCheckView</name>
    <message>
        <source>passed</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>Nothing is created by this test.</source>
        <translation>Esta prueba no crea nada.</translation>
    </message>
    <message>
        <source>The test found a problem; see the step marked with a cross.</source>
        <translation>La prueba encontró un problema; vea el paso marcado con una cruz.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. If you know it is the right server, add this fingerprint in the settings: %1</source>
        <translation>El certificado del servidor no es de confianza. Si sabe que es el servidor correcto, agregue esta huella en la configuración: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>All good: this user may add and change phones on this server.</source>
        <translation>Todo correcto: este usuario puede agregar y modificar teléfonos en este servidor.</translation>
    </message>
    <message>
        <source>This user may add phones on this server, but not change them; see the step marked with a cross.</source>
        <translation>Este usuario puede agregar teléfonos en este servidor, pero no modificarlos; vea el paso marcado con una cruz.</translation>
    </message>
</context>
<context>
    <name>vp::CredentialTestDialog</name>
    <message>
        <source>Server: %1
API user: %2</source>
        <translation>Servidor: %1
Usuario de la API: %2</translation>
    </message>
    <message>
        <source>Set the server address and the API user in the settings first.</source>
        <translation>Primero indique la dirección del servidor y el usuario de la API en la configuración.</translation>
    </message>
</context>
<context>
    <name>vp::DesktopApp</name>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation>No se pudo iniciar el simulador de demostración: %1</translation>
    </message>
    <message>
        <source>The demo history could not be opened: %1</source>
        <translation>No se pudo abrir el historial de demostración: %1</translation>
    </message>
    <message>
        <source>Creates phone extensions on a VICIdial server through its non-agent API.</source>
        <translation>Crea extensiones telefónicas en un servidor VICIdial a través de su API non-agent.</translation>
    </message>
    <message>
        <source>Try the program against a built-in simulator; nothing real is touched.</source>
        <translation>Probar el programa con un simulador integrado; no se toca nada real.</translation>
    </message>
    <message>
        <source>Save pictures of the windows to DIR and quit.</source>
        <translation>Guardar imágenes de las ventanas en DIR y salir.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Demo simulator</source>
        <translation>Simulador de demostración</translation>
    </message>
</context>
<context>
    <name>vp::DetailsDialog</name>
    <message>
        <source>(not sent yet)</source>
        <translation>(aún no enviado)</translation>
    </message>
    <message>
        <source>(no reply)</source>
        <translation>(sin respuesta)</translation>
    </message>
</context>
<context>
    <name>vp::EditPhoneDialog</name>
    <message>
        <source>Edit phone %1</source>
        <translation>Editar teléfono %1</translation>
    </message>
    <message>
        <source>Only the fields you change are sent. The extension and server IP identify the phone. The passwords are not kept by this program: leave them empty to keep them, or type or generate new ones. Type %1 to empty a field that allows it.</source>
        <translation>Solo se envían los campos que cambie. La extensión y la IP del servidor identifican el teléfono. Este programa no guarda las contraseñas: déjelas vacías para conservarlas, o escriba o genere otras nuevas. Escriba %1 para vaciar un campo que lo permita.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <source>(not set: server default %1)</source>
        <translation>(sin definir: predeterminado del servidor %1)</translation>
    </message>
    <message>
        <source>Identifies the phone; delete it and add it again to change it.</source>
        <translation>Identifica el teléfono; para cambiarlo, elimine el teléfono y agréguelo de nuevo.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>The server refused the change: %1</source>
        <translation>El servidor rechazó el cambio: %1</translation>
    </message>
    <message>
        <source>Nothing changed: change a field or press Cancel.</source>
        <translation>No cambió nada: cambie un campo o pulse Cancelar.</translation>
    </message>
</context>
<context>
    <name>vp::GeneratorWidget</name>
    <message numerus="yes">
        <source>%n phone(s): extensions %1 to %2, logins %3 to %4, names &quot;%5&quot; to &quot;%6&quot;. Each gets its own generated passwords.</source>
        <translation>
            <numerusform>%n teléfono: extensiones %1 a %2, logins %3 a %4, nombres &quot;%5&quot; a &quot;%6&quot;. Cada uno recibe sus propias contraseñas generadas.</numerusform>
            <numerusform>%n teléfonos: extensiones %1 a %2, logins %3 a %4, nombres &quot;%5&quot; a &quot;%6&quot;. Cada uno recibe sus propias contraseñas generadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>For each extension a phone alias whose logins are its phones on every server, sent after the phones were added</source>
        <translation>Para cada extensión, un alias de teléfono cuyos logins son sus teléfonos en todos los servidores, enviado después de agregar los teléfonos</translation>
    </message>
    <message>
        <source>Needs two servers or more: an alias joins an agent&apos;s phones on several servers</source>
        <translation>Necesita dos servidores o más: un alias une los teléfonos de un agente en varios servidores</translation>
    </message>
    <message numerus="yes">
        <source>Then %n alias(es), %1 to %2, each over its extension&apos;s %3 logins, once those phones were added.</source>
        <translation>
            <numerusform>Luego %n alias, de %1 a %2, sobre los %3 logins de su extensión, una vez agregados esos teléfonos.</numerusform>
            <numerusform>Luego %n alias, de %1 a %2, cada uno sobre los %3 logins de su extensión, una vez agregados esos teléfonos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vp::HistoryModel</name>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Unknown whether this phone was created. Select it and choose &quot;Resend to resolve&quot;.</source>
        <translation>No se sabe si este teléfono se creó. Selecciónelo y elija &quot;Reenviar para resolver&quot;.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Server IP</source>
        <translation>IP del servidor</translation>
    </message>
    <message>
        <source>%1 (not recognised)</source>
        <translation>%1 (no reconocida)</translation>
    </message>
    <message>
        <source>The server&apos;s VICIdial build was not known when this request went.</source>
        <translation>La compilación de VICIdial del servidor no se conocía cuando se envió esta solicitud.</translation>
    </message>
    <message>
        <source>VICIdial build</source>
        <translation>Compilación de VICIdial</translation>
    </message>
    <message>
        <source>The alias&apos;s logins were not changed by this request.</source>
        <translation>Esta solicitud no cambió los logins del alias.</translation>
    </message>
    <message>
        <source>Phone logins sent: %1</source>
        <translation>Logins de teléfono enviados: %1</translation>
    </message>
    <message>
        <source>Alias id</source>
        <translation>ID del alias</translation>
    </message>
    <message>
        <source>Alias name</source>
        <translation>Nombre del alias</translation>
    </message>
    <message>
        <source>Not recorded: an older version of the program sent this request.</source>
        <translation>No registrado: una versión anterior del programa envió esta solicitud.</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>Usuario del SO</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>API user</source>
        <translation>Usuario de la API</translation>
    </message>
</context>
<context>
    <name>vp::HistorySettingsDialog</name>
    <message>
        <source>History Settings</source>
        <translation>Configuración del historial</translation>
    </message>
</context>
<context>
    <name>vp::HistorySettingsPage</name>
    <message>
        <source>MariaDB / MySQL</source>
        <translation>MariaDB / MySQL</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Where the password is kept: %1. It is never written to the settings.</source>
        <translation>Dónde se guarda la contraseña: %1. Nunca se escribe en la configuración.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>The saved history address is not valid: %1</source>
        <translation>La dirección guardada del historial no es válida: %1</translation>
    </message>
    <message>
        <source>A password is stored; type here to replace it</source>
        <translation>Hay una contraseña guardada; escriba aquí para reemplazarla</translation>
    </message>
    <message>
        <source>In use now: %1. A change here is used from the next start of the program.</source>
        <translation>En uso ahora: %1. Un cambio aquí se usa a partir del próximo inicio del programa.</translation>
    </message>
    <message>
        <source>CA certificate of the database server</source>
        <translation>Certificado de la CA del servidor de base de datos</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Host: type the name or address of the database server.</source>
        <translation>Servidor: escriba el nombre o la dirección del servidor de base de datos.</translation>
    </message>
    <message>
        <source>Host: only the server&apos;s name or address, without a scheme, user, path or spaces (e.g. db.example.com or 192.0.2.10).</source>
        <translation>Servidor: solo el nombre o la dirección del servidor, sin esquema, usuario, ruta ni espacios (p. ej. db.example.com o 192.0.2.10).</translation>
    </message>
    <message>
        <source>Database: type the name of the database that holds the history (e.g. viciprov).</source>
        <translation>Base de datos: escriba el nombre de la base de datos que guarda el historial (p. ej. viciprov).</translation>
    </message>
    <message>
        <source>Database: a name without spaces or the characters / ? # @.</source>
        <translation>Base de datos: un nombre sin espacios ni los caracteres / ? # @.</translation>
    </message>
    <message>
        <source>Database user: type the user the program logs in as.</source>
        <translation>Usuario de la base de datos: escriba el usuario con el que se conecta el programa.</translation>
    </message>
    <message>
        <source>Database user: a name without spaces or the characters / ? # @.</source>
        <translation>Usuario de la base de datos: un nombre sin espacios ni los caracteres / ? # @.</translation>
    </message>
    <message>
        <source>CA certificate file: %1 is not a file this program can read.</source>
        <translation>Archivo del certificado de la CA: %1 no es un archivo que este programa pueda leer.</translation>
    </message>
    <message>
        <source>For MariaDB and MySQL, &quot;localhost&quot; means the server&apos;s local socket and the port is not used; type 127.0.0.1 to connect to the port.</source>
        <translation>Para MariaDB y MySQL, &quot;localhost&quot; significa el socket local del servidor y no se usa el puerto; escriba 127.0.0.1 para conectarse al puerto.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Probando la conexión con %1…</translation>
    </message>
    <message>
        <source>Connected: the history can be kept there.</source>
        <translation>Conectado: el historial se puede guardar allí.</translation>
    </message>
    <message>
        <source>Server %1.</source>
        <translation>Servidor %1.</translation>
    </message>
    <message>
        <source>The database is empty: the program creates its tables at its next start.</source>
        <translation>La base de datos está vacía: el programa crea sus tablas en su próximo inicio.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>No conectado: %1</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Prueba cancelada.</translation>
    </message>
</context>
<context>
    <name>vp::HistoryWindow</name>
    <message>
        <source>All outcomes</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Matching attempts: %1</source>
        <translation>Intentos que coinciden: %1</translation>
    </message>
    <message>
        <source>%1 %2 by %3 at %4</source>
        <translation>%1 %2 por %3 en %4</translation>
    </message>
    <message>
        <source>Started %1, %2</source>
        <translation>Iniciado %1, %2</translation>
    </message>
    <message>
        <source>took %1 ms</source>
        <translation>tardó %1 ms</translation>
    </message>
    <message>
        <source>never finished</source>
        <translation>nunca terminó</translation>
    </message>
    <message>
        <source>Outcome: %1 (HTTP %2). %3</source>
        <translation>Resultado: %1 (HTTP %2). %3</translation>
    </message>
    <message>
        <source>&quot;Already exists&quot; was taken as added after an unknown outcome: check this phone on the server.</source>
        <translation>&quot;Ya existe&quot; se tomó como agregado tras un resultado desconocido: compruebe este teléfono en el servidor.</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Solicitud:</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>Todos los sistemas</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Sent by: not recorded (an older version of the program sent it)</source>
        <translation>Enviado por: no registrado (una versión anterior del programa lo envió)</translation>
    </message>
    <message>
        <source>Sent by %1 on %2, as API user %3</source>
        <translation>Enviado por %1 en %2, como usuario de la API %3</translation>
    </message>
</context>
<context>
    <name>vp::ImportDialog</name>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>First row is the header</source>
        <translation>La primera fila es el encabezado</translation>
    </message>
    <message>
        <source>No header row</source>
        <translation>Sin fila de encabezado</translation>
    </message>
    <message>
        <source>Checking the rows... %1%</source>
        <translation>Comprobando las filas... %1%</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Open Phone List</source>
        <translation>Abrir lista de teléfonos</translation>
    </message>
    <message>
        <source>Phone lists (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Listas de teléfonos (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save CSV Template</source>
        <translation>Guardar plantilla CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>No se pudo guardar la plantilla: %1</translation>
    </message>
    <message>
        <source>Saved %1 and the field guide %2.</source>
        <translation>Se guardaron %1 y la guía de campos %2.</translation>
    </message>
    <message>
        <source>Reading stopped.</source>
        <translation>Lectura detenida.</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, %2-separated, %3; %n column(s), </source>
        <translation>
            <numerusform>Leído como %1, separado por %2, %3; %n columna, </numerusform>
            <numerusform>Leído como %1, separado por %2, %3; %n columnas, </numerusform>
        </translation>
    </message>
    <message>
        <source>header on line %1</source>
        <translation>encabezado en la línea %1</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>sin fila de encabezado</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n fila.</numerusform>
            <numerusform>%n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only one column was found: it can only give the extensions, and everything else comes from the defaults on the next page. If the file has more columns, choose its delimiter.</source>
        <translation>Solo se encontró una columna: solo puede dar las extensiones, y todo lo demás viene de los valores predeterminados de la página siguiente. Si el archivo tiene más columnas, elija su delimitador.</translation>
    </message>
    <message>
        <source>Generated phones: every column is already known.</source>
        <translation>Teléfonos generados: ya se conocen todas las columnas.</translation>
    </message>
    <message>
        <source>Which field each column holds (guessed from the header; change any):</source>
        <translation>Qué campo contiene cada columna (deducido del encabezado; puede cambiar cualquiera):</translation>
    </message>
    <message>
        <source>Checking stopped.</source>
        <translation>Comprobación detenida.</translation>
    </message>
    <message>
        <source>. Rows with problems are not sent: fix a cell by double-clicking it, or remove the row.</source>
        <translation>. Las filas con problemas no se envían: corrija una celda con doble clic o quite la fila.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) will be sent to %1 as API user &quot;%2&quot;.</source>
        <translation>
            <numerusform>Se enviará %n teléfono a %1 como usuario de la API &quot;%2&quot;.</numerusform>
            <numerusform>Se enviarán %n teléfonos a %1 como usuario de la API &quot;%2&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems will be skipped.</source>
        <translation>
            <numerusform>Se omitirá %n fila con problemas.</numerusform>
            <numerusform>Se omitirán %n filas con problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>(Demo: the simulated server.)</source>
        <translation>(Demostración: el servidor simulado.)</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was sent. %n request(s) would go to %1 (%2), at most %3 at a time:</source>
        <translation>
            <numerusform>Simulación: no se envió nada. %n solicitud iría a %1 (%2), como máximo %3 a la vez:</numerusform>
            <numerusform>Simulación: no se envió nada. %n solicitudes irían a %1 (%2), como máximo %3 a la vez:</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1:</source>
        <translation>Línea %1:</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... y %n más.</numerusform>
            <numerusform>... y %n más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems would be skipped.</source>
        <translation>
            <numerusform>Se omitiría %n fila con problemas.</numerusform>
            <numerusform>Se omitirían %n filas con problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Agent Handout</source>
        <translation>Guardar hoja para agentes</translation>
    </message>
    <message>
        <source>Send Phones</source>
        <translation>Enviar teléfonos</translation>
    </message>
    <message numerus="yes">
        <source>Create %n phone(s) on the server now?</source>
        <translation>
            <numerusform>¿Crear ahora %n teléfono en el servidor?</numerusform>
            <numerusform>¿Crear ahora %n teléfonos en el servidor?</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated range</source>
        <translation>Rango generado</translation>
    </message>
    <message>
        <source>Pasted list</source>
        <translation>Lista pegada</translation>
    </message>
    <message>
        <source>The handout lists every phone&apos;s login password and registration password in plain text. Anyone who reads the file can register as these phones.

It is made before sending, so it also lists phones the server may refuse; after the batch, &quot;Agent handout&quot; in the main window lists only the phones added.

The file is made readable by you only. Hand it out over a safe channel and delete it afterwards.

Save it?</source>
        <translation>La hoja lista la contraseña de login y la contraseña de registro de cada teléfono en texto plano. Cualquiera que lea el archivo puede registrarse como estos teléfonos.

Se crea antes de enviar, así que también lista teléfonos que el servidor puede rechazar; después del lote, &quot;Hoja para agentes&quot; en la ventana principal lista solo los teléfonos agregados.

El archivo solo podrá leerlo usted. Entréguelo por un canal seguro y elimínelo después.

¿Guardarla?</translation>
    </message>
    <message>
        <source>No value and no default for: %1. Rows without them are refused in the preview.</source>
        <translation>Sin valor ni valor predeterminado para: %1. Las filas que no los tengan se rechazan en la vista previa.</translation>
    </message>
    <message>
        <source>%1: generated with the range.</source>
        <translation>%1: generada con el rango.</translation>
    </message>
    <message>
        <source>%1: from column &quot;%2&quot;; empty cells get a generated password.</source>
        <translation>%1: de la columna &quot;%2&quot;; las celdas vacías reciben una contraseña generada.</translation>
    </message>
    <message>
        <source>%1: from column &quot;%2&quot;; rows with an empty cell are refused.</source>
        <translation>%1: de la columna &quot;%2&quot;; se rechazan las filas con la celda vacía.</translation>
    </message>
    <message>
        <source>%1: generated for every row (no column gives it).</source>
        <translation>%1: generada para cada fila (ninguna columna la indica).</translation>
    </message>
    <message>
        <source>To use column &quot;%1&quot; for both passwords, choose &quot;%2&quot; for it.</source>
        <translation>Para usar la columna &quot;%1&quot; para ambas contraseñas, elija &quot;%2&quot; en ella.</translation>
    </message>
    <message>
        <source>Generated passwords (cells marked &quot;generated&quot;): %1 login, %2 registration. Save the agent handout to give them to the agents.</source>
        <translation>Contraseñas generadas (celdas marcadas como &quot;generada&quot;): %1 de login, %2 de registro. Guarde la hoja para agentes para entregárselas a los agentes.</translation>
    </message>
    <message>
        <source>Add phones</source>
        <translation>Agregar teléfonos</translation>
    </message>
    <message>
        <source>Add, or update the phones that exist</source>
        <translation>Agregar, o actualizar los teléfonos que existen</translation>
    </message>
    <message>
        <source>Switch off the listed phones</source>
        <translation>Desactivar los teléfonos de la lista</translation>
    </message>
    <message>
        <source>Delete the listed phones</source>
        <translation>Eliminar los teléfonos de la lista</translation>
    </message>
    <message>
        <source>A phone whose extension already exists on its server is updated with the row&apos;s fields (passwords too, when the row gives them); the others are added. Each row must suit both.</source>
        <translation>Un teléfono cuya extensión ya existe en su servidor se actualiza con los campos de la fila (también las contraseñas, si la fila las trae); los demás se agregan. Cada fila debe servir para ambos casos.</translation>
    </message>
    <message>
        <source>Only the extension and server IP are read; every listed phone is switched off (it stays on the server and can be switched on again).</source>
        <translation>Solo se leen la extensión y la IP del servidor; cada teléfono de la lista se desactiva (sigue en el servidor y se puede volver a activar).</translation>
    </message>
    <message>
        <source>Only the extension and server IP are read; every listed phone is deleted from the server. This cannot be undone.</source>
        <translation>Solo se leen la extensión y la IP del servidor; cada teléfono de la lista se elimina del servidor. Esto no se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>Add or update %n phone(s) on %1 now?</source>
        <translation>
            <numerusform>¿Agregar o actualizar ahora %n teléfono en %1?</numerusform>
            <numerusform>¿Agregar o actualizar ahora %n teléfonos en %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switch off %n phone(s) on %1 now?</source>
        <translation>
            <numerusform>¿Desactivar ahora %n teléfono en %1?</numerusform>
            <numerusform>¿Desactivar ahora %n teléfonos en %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phone(s) from %1? This cannot be undone: the phones and their settings are removed from VICIdial.</source>
        <translation>
            <numerusform>¿Eliminar %n teléfono de %1? Esto no se puede deshacer: el teléfono y su configuración se borran de VICIdial.</numerusform>
            <numerusform>¿Eliminar %n teléfonos de %1? Esto no se puede deshacer: los teléfonos y su configuración se borran de VICIdial.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Then %n alias(es), each as soon as all its phones were added.</source>
        <translation>
            <numerusform>Luego %n alias, en cuanto se hayan agregado todos sus teléfonos.</numerusform>
            <numerusform>Luego %n alias, cada uno en cuanto se hayan agregado todos sus teléfonos.</numerusform>
        </translation>
    </message>
    <message>
        <source>A phone that already exists is then sent update_phone with the same fields.</source>
        <translation>A un teléfono que ya existe se le envía entonces update_phone con los mismos campos.</translation>
    </message>
    <message>
        <source>Each request also carries function=%3, the API user &quot;%1&quot;, its password and source=%2. &quot;Show exact requests&quot; shows them as sent (passwords hidden).</source>
        <translation>Cada solicitud lleva además function=%3, el usuario de la API &quot;%1&quot;, su contraseña y source=%2. &quot;Mostrar solicitudes exactas&quot; las muestra tal como se envían (con las contraseñas ocultas).</translation>
    </message>
    <message numerus="yes">
        <source>Then %n alias(es), each once its phones were added.</source>
        <translation>
            <numerusform>Luego %n alias, una vez agregados sus teléfonos.</numerusform>
            <numerusform>Luego %n alias, cada uno una vez agregados sus teléfonos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vp::ImportFieldDelegate</name>
    <message>
        <source>Field for column %1</source>
        <translation>Campo para la columna %1</translation>
    </message>
</context>
<context>
    <name>vp::ImportPreviewModel</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Already added</source>
        <translation>Ya agregado</translation>
    </message>
    <message>
        <source>Duplicate of line %1</source>
        <translation>Duplicado de la línea %1</translation>
    </message>
    <message>
        <source>Ready (warning)</source>
        <translation>Listo (aviso)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>The server would store &quot;%1&quot;.</source>
        <translation>El servidor guardaría &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Sent as &quot;%1&quot;.</source>
        <translation>Enviado como &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>falta el valor</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>demasiado corto</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>demasiado largo</translation>
    </message>
    <message>
        <source>character the server would remove</source>
        <translation>carácter que el servidor quitaría</translation>
    </message>
    <message>
        <source>value not in the allowed list</source>
        <translation>valor fuera de la lista permitida</translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>valor no válido</translation>
    </message>
    <message>
        <source>duplicate in the list</source>
        <translation>duplicado en la lista</translation>
    </message>
    <message>
        <source>already added (history)</source>
        <translation>ya agregado (historial)</translation>
    </message>
    <message>
        <source>row warning</source>
        <translation>aviso de fila</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n fila: </numerusform>
            <numerusform>%n filas: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready, </source>
        <translation>
            <numerusform>%n lista, </numerusform>
            <numerusform>%n listas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n con problemas</numerusform>
            <numerusform>%n con problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>field this server&apos;s build ignores</source>
        <translation>campo que la compilación de este servidor ignora</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>generada</translation>
    </message>
    <message>
        <source>Generated: a new random password (this row gave none). The agent handout lists it.</source>
        <translation>Generada: una contraseña aleatoria nueva (esta fila no traía ninguna). La hoja para agentes la incluye.</translation>
    </message>
    <message>
        <source>From the list.</source>
        <translation>De la lista.</translation>
    </message>
    <message numerus="yes">
        <source>%1: generated in %n row(s), from the list in the others.</source>
        <translation>
            <numerusform>%1: generada en %n fila, de la lista en las demás.</numerusform>
            <numerusform>%1: generada en %n filas, de la lista en las demás.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vp::KeychainSecretStore</name>
    <message>
        <source>system keychain</source>
        <translation>llavero del sistema</translation>
    </message>
    <message>
        <source>this session only (no keychain available)</source>
        <translation>solo esta sesión (no hay llavero disponible)</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): the password is kept for this session only.</source>
        <translation>El llavero del sistema no está disponible (%1): la contraseña se guarda solo para esta sesión.</translation>
    </message>
    <message>
        <source>Could not remove the password from the system keychain (%1).</source>
        <translation>No se pudo quitar la contraseña del llavero del sistema (%1).</translation>
    </message>
</context>
<context>
    <name>vp::MainWindow</name>
    <message>
        <source>The server&apos;s certificate was refused (%1). If it is the right server, trust this fingerprint in Settings &gt; Certificates: %2</source>
        <translation>Se rechazó el certificado del servidor (%1). Si es el servidor correcto, marque como de confianza esta huella en Configuración &gt; Certificados: %2</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>No server set</source>
        <translation>Sin servidor</translation>
    </message>
    <message>
        <source>No API user</source>
        <translation>Sin usuario de la API</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Usuario: %1</translation>
    </message>
    <message>
        <source>Sending: %1, waiting: %2</source>
        <translation>Enviando: %1, en espera: %2</translation>
    </message>
    <message>
        <source>Phones are still being sent</source>
        <translation>Todavía se están enviando teléfonos</translation>
    </message>
    <message>
        <source>Attempts still being sent when the program last stopped: %1. Whether those phones were created is unknown; resend them from the history to find out (an &quot;already exists&quot; reply then counts as added).</source>
        <translation>Intentos que se estaban enviando cuando el programa se detuvo la última vez: %1. No se sabe si esos teléfonos se crearon; reenvíelos desde el historial para saberlo (una respuesta &quot;ya existe&quot; cuenta entonces como agregado).</translation>
    </message>
    <message>
        <source>Extension %1 on %2 is already in the list.</source>
        <translation>La extensión %1 en %2 ya está en la lista.</translation>
    </message>
    <message>
        <source>Extension %1 was already added on %2 (see history).</source>
        <translation>La extensión %1 ya se agregó en %2 (vea el historial).</translation>
    </message>
    <message>
        <source>Login %1 is already in the list.</source>
        <translation>El login %1 ya está en la lista.</translation>
    </message>
    <message>
        <source>Login %1 was already added (see history).</source>
        <translation>El login %1 ya se agregó (vea el historial).</translation>
    </message>
    <message>
        <source>Server not set</source>
        <translation>Servidor sin configurar</translation>
    </message>
    <message>
        <source>Set the server address and the API user first.</source>
        <translation>Primero indique la dirección del servidor y el usuario de la API.</translation>
    </message>
    <message>
        <source>Sending was stopped</source>
        <translation>Se detuvo el envío</translation>
    </message>
    <message>
        <source>Sending stopped after this error:
%1

Try again with the same credentials? Each failed login counts towards the server&apos;s lock-out.</source>
        <translation>El envío se detuvo tras este error:
%1

¿Volver a intentarlo con las mismas credenciales? Cada inicio de sesión fallido cuenta para el bloqueo del servidor.</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>Send it anyway? The server refuses a duplicate extension or login.</source>
        <translation>¿Enviarlo de todos modos? El servidor rechaza una extensión o un login duplicados.</translation>
    </message>
    <message>
        <source>Passwords are not kept in history: double-click to enter them in the form and send.</source>
        <translation>Las contraseñas no se guardan en el historial: haga doble clic para escribirlas en el formulario y enviar.</translation>
    </message>
    <message>
        <source>Sending stopped: %1. %2 Nothing more was sent.</source>
        <translation>Envío detenido: %1. %2 No se envió nada más.</translation>
    </message>
    <message>
        <source>Extension %1 on %2: %3. %4</source>
        <translation>Extensión %1 en %2: %3. %4</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) still being sent or waiting. Quit anyway? Those in flight may or may not be created; history marks them as unknown. A batch is offered for continuing at the next start.</source>
        <translation>
            <numerusform>Todavía hay %n teléfono enviándose o en espera. ¿Salir de todos modos? Si está en curso, puede crearse o no; el historial lo marca como desconocido. En el próximo inicio se ofrecerá continuar el lote.</numerusform>
            <numerusform>Todavía hay %n teléfonos enviándose o en espera. ¿Salir de todos modos? Los que están en curso pueden crearse o no; el historial los marca como desconocidos. En el próximo inicio se ofrecerá continuar el lote.</numerusform>
        </translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>Sistema: %1</translation>
    </message>
    <message>
        <source>Not sent: this phone belongs to the VICIdial system %1, and the settings now point at %2. Point the settings back at %1 to send it there.</source>
        <translation>No enviado: este teléfono pertenece al sistema VICIdial %1 y la configuración apunta ahora a %2. Vuelva a apuntar la configuración a %1 para enviarlo allí.</translation>
    </message>
    <message>
        <source>Not sent. %1</source>
        <translation>No enviado. %1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
    <message>
        <source>VICIdial version unknown</source>
        <translation>Versión de VICIdial desconocida</translation>
    </message>
    <message>
        <source>Send the phone in the form to the server</source>
        <translation>Enviar al servidor el teléfono del formulario</translation>
    </message>
    <message>
        <source>The list was not sent: %1</source>
        <translation>La lista no se envió: %1</translation>
    </message>
    <message>
        <source>there is nothing to send.</source>
        <translation>no hay nada que enviar.</translation>
    </message>
    <message>
        <source>there is no connection to that system in this session.</source>
        <translation>no hay conexión con ese sistema en esta sesión.</translation>
    </message>
    <message>
        <source>the server, the API user and its password are needed first.</source>
        <translation>primero se necesitan el servidor, el usuario de la API y su contraseña.</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Historial: %1</translation>
    </message>
</context>
<context>
    <name>vp::MemorySecretStore</name>
    <message>
        <source>this session only</source>
        <translation>solo esta sesión</translation>
    </message>
</context>
<context>
    <name>vp::PasswordDialog</name>
    <message>
        <source>Password of the API user %1 on %2:</source>
        <translation>Contraseña del usuario de la API %1 en %2:</translation>
    </message>
    <message>
        <source>Where the password is kept: %1.</source>
        <translation>Dónde se guarda la contraseña: %1.</translation>
    </message>
</context>
<context>
    <name>vp::PhoneForm</name>
    <message>
        <source>Server default (%1)</source>
        <translation>Predeterminado del servidor (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Add phone</source>
        <translation>&amp;Agregar teléfono</translation>
    </message>
    <message>
        <source>At most %1 characters; the server keeps %2.</source>
        <translation>Como máximo %1 caracteres; el servidor conserva %2.</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Sent as &quot;%1&quot;: %2.</source>
        <translation>Se envía como &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>* Required by the server.</source>
        <translation>* Obligatorio para el servidor.</translation>
    </message>
    <message>
        <source>VICIdial %1 has no update_phone (it came with 2.4-37): phones are added active.</source>
        <translation>VICIdial %1 no tiene update_phone (llegó con 2.4-37): los teléfonos se agregan activos.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>Obligatorio: %1</translation>
    </message>
    <message>
        <source>The VICIdial system refused this server IP (SERVER DOES NOT EXIST): it is not one of its servers.</source>
        <translation>El sistema VICIdial rechazó esta IP de servidor (SERVER DOES NOT EXIST): no es uno de sus servidores.</translation>
    </message>
    <message>
        <source>To add this phone, fill in: %1.</source>
        <translation>Para agregar este teléfono, complete: %1.</translation>
    </message>
    <message>
        <source>Fix: %1.</source>
        <translation>Corrija: %1.</translation>
    </message>
    <message>
        <source>Send this phone to the server (Ctrl+Return); the shared fields stay for the next one</source>
        <translation>Enviar este teléfono al servidor (Ctrl+Return); los campos comunes se quedan para el siguiente</translation>
    </message>
</context>
<context>
    <name>vp::PhoneModel</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Esperando para enviarse</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
</context>
<context>
    <name>vp::PhonesWindow</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Search extension, login, name, server IP</source>
        <translation>Buscar extensión, login, nombre, IP del servidor</translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation>&amp;Sistema:</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Server IP</source>
        <translation>IP del servidor</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modificado por</translation>
    </message>
    <message>
        <source>Changed at (UTC)</source>
        <translation>Fecha de modificación (UTC)</translation>
    </message>
    <message>
        <source>Created by batch</source>
        <translation>Creado por el lote</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reactivar</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Phones on %1</source>
        <translation>Teléfonos en %1</translation>
    </message>
    <message>
        <source>There is no connection to %1 in this session: choose it in the settings first. Nothing was sent.</source>
        <translation>No hay conexión con %1 en esta sesión: elíjalo primero en la configuración. No se envió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phone(s) on %1? This cannot be undone: the phones and their settings are removed from VICIdial.</source>
        <translation>
            <numerusform>¿Eliminar %n teléfono en %1? No se puede deshacer: el teléfono y su configuración se eliminan de VICIdial.</numerusform>
            <numerusform>¿Eliminar %n teléfonos en %1? No se puede deshacer: los teléfonos y su configuración se eliminan de VICIdial.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete phones</source>
        <translation>Eliminar teléfonos</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>No se envió nada: %1</translation>
    </message>
    <message>
        <source>%1 done: %2 succeeded, %3 failed.</source>
        <translation>%1 hechos: %2 correctos, %3 fallidos.</translation>
    </message>
    <message>
        <source>&amp;Undo batch…</source>
        <translation>Des&amp;hacer lote…</translation>
    </message>
    <message>
        <source>Delete the phones the batch of the selected phone (or the newest batch) added; phones that already existed are kept.</source>
        <translation>Eliminar los teléfonos que agregó el lote del teléfono seleccionado (o el lote más reciente); los teléfonos que ya existían se conservan.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (by %2, %3 UTC)</source>
        <translation>%1 (por %2, %3 UTC)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phone(s) it added: %1.</source>
        <translation>
            <numerusform>Eliminar %n teléfono que agregó: %1.</numerusform>
            <numerusform>Eliminar %n teléfonos que agregó: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed since the batch, deleted as they are now: %1.</source>
        <translation>Modificados después del lote, se eliminan tal como están ahora: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Kept: %n phone(s) that already existed before the batch.</source>
        <translation>
            <numerusform>Se conserva: %n teléfono que ya existía antes del lote.</numerusform>
            <numerusform>Se conservan: %n teléfonos que ya existían antes del lote.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to do for %n refused row(s).</source>
        <translation>
            <numerusform>Nada que hacer para %n fila rechazada.</numerusform>
            <numerusform>Nada que hacer para %n filas rechazadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n phone(s) deleted since.</source>
        <translation>
            <numerusform>Se omite: %n teléfono eliminado desde entonces.</numerusform>
            <numerusform>Se omiten: %n teléfonos eliminados desde entonces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left alone: %1. The server never answered whether they were added (they may have been there before); check them on VICIdial and delete them here if they are the batch&apos;s.</source>
        <translation>No se tocan: %1. El servidor nunca respondió si se agregaron (puede que ya existieran); revíselos en VICIdial y elimínelos aquí si son del lote.</translation>
    </message>
    <message>
        <source>Left alone: %1, deleted and made again by a later batch.</source>
        <translation>No se tocan: %1, eliminados y creados de nuevo por un lote posterior.</translation>
    </message>
    <message>
        <source>Undo batch</source>
        <translation>Deshacer lote</translation>
    </message>
    <message>
        <source>No batch added phones on %1.</source>
        <translation>Ningún lote agregó teléfonos en %1.</translation>
    </message>
    <message>
        <source>Undo batch %1 on %2</source>
        <translation>Deshacer el lote %1 en %2</translation>
    </message>
    <message>
        <source>Nothing to delete.</source>
        <translation>Nada que eliminar.</translation>
    </message>
    <message>
        <source>Deleting cannot be undone. Delete these phones?</source>
        <translation>Eliminar no se puede deshacer. ¿Eliminar estos teléfonos?</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change the fields of the selected phone</source>
        <translation>Cambiar los campos del teléfono seleccionado</translation>
    </message>
    <message>
        <source>&amp;Create again…</source>
        <translation>&amp;Crear de nuevo…</translation>
    </message>
    <message>
        <source>Add the selected deleted phones again with their recorded fields and new passwords</source>
        <translation>Volver a agregar los teléfonos eliminados seleccionados, con sus campos registrados y contraseñas nuevas</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phone(s)</source>
        <translation>
            <numerusform>Eliminar %n teléfono</numerusform>
            <numerusform>Eliminar %n teléfonos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switch on %n phone(s)</source>
        <translation>
            <numerusform>Activar %n teléfono</numerusform>
            <numerusform>Activar %n teléfonos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switch off %n phone(s)</source>
        <translation>
            <numerusform>Desactivar %n teléfono</numerusform>
            <numerusform>Desactivar %n teléfonos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Phones window: %n change(s)</source>
        <translation>
            <numerusform>Ventana de teléfonos: %n cambio</numerusform>
            <numerusform>Ventana de teléfonos: %n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) queued: see the batch panel of the main window.</source>
        <translation>
            <numerusform>%n solicitud en cola: vea el panel del lote de la ventana principal.</numerusform>
            <numerusform>%n solicitudes en cola: vea el panel del lote de la ventana principal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some were not sent: see the batch panel.</source>
        <translation>Algunas no se enviaron: vea el panel del lote.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Create %n phone(s) again on %1, with their recorded fields and new passwords? The agents need the new passwords: save the handout afterwards.</source>
        <translation>
            <numerusform>¿Crear de nuevo %n teléfono en %1, con sus campos registrados y contraseñas nuevas? Los agentes necesitan las contraseñas nuevas: guarde después la hoja para agentes.</numerusform>
            <numerusform>¿Crear de nuevo %n teléfonos en %1, con sus campos registrados y contraseñas nuevas? Los agentes necesitan las contraseñas nuevas: guarde después la hoja para agentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid any more, not sent:</source>
        <translation>Ya no son válidos, no se enviaron:</translation>
    </message>
    <message>
        <source>Create again</source>
        <translation>Crear de nuevo</translation>
    </message>
    <message numerus="yes">
        <source>Create %n phone(s) again</source>
        <translation>
            <numerusform>Crear de nuevo %n teléfono</numerusform>
            <numerusform>Crear de nuevo %n teléfonos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Save Agent Handout</source>
        <translation>Guardar hoja para agentes</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) now have new passwords that this program does not keep. The handout lists them in plain text; anyone who reads the file can register as these phones.

The file is made readable by you only. Hand it out over a safe channel and delete it afterwards.

Save it?</source>
        <translation>
            <numerusform>%n teléfono tiene ahora contraseñas nuevas que este programa no guarda. La hoja las lista en texto plano; cualquiera que lea el archivo puede registrarse como este teléfono.

El archivo solo podrá leerlo usted. Entréguelo por un canal seguro y elimínelo después.

¿Guardarla?</numerusform>
            <numerusform>%n teléfonos tienen ahora contraseñas nuevas que este programa no guarda. La hoja las lista en texto plano; cualquiera que lea el archivo puede registrarse como estos teléfonos.

El archivo solo podrá leerlo usted. Entréguelo por un canal seguro y elimínelo después.

¿Guardarla?</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Handout with %n phone(s) saved to %1 (readable by you only).</source>
        <translation>
            <numerusform>Hoja con %n teléfono guardada en %1 (solo usted puede leerla).</numerusform>
            <numerusform>Hoja con %n teléfonos guardada en %1 (solo usted puede leerla).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vp::ProvisioningService</name>
    <message>
        <source>Sending is stopped after a login or permission error. Fix the settings (or choose to try again) before sending more.</source>
        <translation>El envío está detenido tras un error de inicio de sesión o de permiso. Corrija la configuración (o elija volver a intentarlo) antes de enviar más.</translation>
    </message>
    <message>
        <source>Not sent: the history cannot be written (%1). Nothing more will be sent until this is fixed.</source>
        <translation>No enviado: no se puede escribir el historial (%1). No se enviará nada más hasta que se corrija.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (SHA-256 %1). Check it and trust it in Settings if it is your server&apos;s.</source>
        <translation>El certificado del servidor no es de confianza (SHA-256 %1). Compruébelo y márquelo como de confianza en Configuración si es el de su servidor.</translation>
    </message>
    <message>
        <source>Added, but it could not be made inactive: %1</source>
        <translation>Agregado, pero no se pudo desactivar: %1</translation>
    </message>
    <message>
        <source>Added and made inactive.</source>
        <translation>Agregado y desactivado.</translation>
    </message>
    <message>
        <source>Already on the server: counted as added by the earlier attempt whose answer was lost. Check that it is the phone you meant.</source>
        <translation>Ya está en el servidor: se cuenta como agregado por el intento anterior cuya respuesta se perdió. Compruebe que es el teléfono que quería.</translation>
    </message>
    <message>
        <source>The login already exists but this extension does not: the earlier attempt may have failed while another phone uses this login. Not retried; check on the server.</source>
        <translation>El login ya existe pero esta extensión no: el intento anterior puede haber fallado mientras otro teléfono usa este login. No se reintentó; compruébelo en el servidor.</translation>
    </message>
    <message>
        <source>Not sent: sending stopped (%1).</source>
        <translation>No enviado: envío detenido (%1).</translation>
    </message>
    <message>
        <source>Cancelled before sending.</source>
        <translation>Cancelado antes de enviar.</translation>
    </message>
    <message>
        <source>Not sent: %1 needs an extension and a server IP (and, for a change, the fields to change).</source>
        <translation>No enviado: %1 necesita una extensión y una IP de servidor (y, para un cambio, los campos a cambiar).</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Not sent: no field to change.</source>
        <translation>No enviado: ningún campo que cambiar.</translation>
    </message>
    <message>
        <source>Already on the server: updated with this row&apos;s fields.</source>
        <translation>Ya estaba en el servidor: se actualizó con los campos de esta fila.</translation>
    </message>
    <message>
        <source>Already on the server, and the update was refused: %1</source>
        <translation>Ya estaba en el servidor y se rechazó la actualización: %1</translation>
    </message>
    <message>
        <source>Updated, but it could not be made inactive: %1</source>
        <translation>Actualizado, pero no se pudo desactivar: %1</translation>
    </message>
    <message>
        <source>Already on the server: updated with this row&apos;s fields and made inactive.</source>
        <translation>Ya estaba en el servidor: se actualizó con los campos de esta fila y se desactivó.</translation>
    </message>
    <message>
        <source>%1 Another admin, %2, sent it while this one waited (shared history).</source>
        <translation>%1 Otro administrador, %2, lo envió mientras este esperaba (historial compartido).</translation>
    </message>
    <message>
        <source>Waiting: %1 %2 is being sent by %3 right now (shared history).</source>
        <translation>En espera: %3 está enviando ahora mismo %1 %2 (historial compartido).</translation>
    </message>
    <message numerus="yes">
        <source>The shared history cannot be written (%1). Nothing is sent until it answers again; trying every %n second(s).</source>
        <translation>
            <numerusform>No se puede escribir en el historial compartido (%1). No se envía nada hasta que vuelva a responder; se reintenta cada %n segundo.</numerusform>
            <numerusform>No se puede escribir en el historial compartido (%1). No se envía nada hasta que vuelva a responder; se reintenta cada %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before sending (it was waiting for the shared history).</source>
        <translation>Cancelado antes de enviarse (esperaba al historial compartido).</translation>
    </message>
</context>
<context>
    <name>vp::ResumeBatchDialog</name>
    <message>
        <source>Never sent</source>
        <translation>Nunca enviado</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Already existed</source>
        <translation>Ya existía</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>The batch &quot;%1&quot; (started %2, server %3, API user %4) did not finish: the program stopped before every row had a definite answer.</source>
        <translation>El lote &quot;%1&quot; (iniciado %2, servidor %3, usuario de la API %4) no terminó: el programa se detuvo antes de que cada fila tuviera una respuesta definitiva.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s):</source>
        <translation>
            <numerusform>%n fila:</numerusform>
            <numerusform>%n filas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n agregada</numerusform>
            <numerusform>%n agregadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already existed</source>
        <translation>
            <numerusform>%n ya existía</numerusform>
            <numerusform>%n ya existían</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n desconocida</numerusform>
            <numerusform>%n desconocidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n never sent</source>
        <translation>
            <numerusform>%n nunca enviada</numerusform>
            <numerusform>%n nunca enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continue sends the %n row(s) never sent</source>
        <translation>
            <numerusform>Continuar lote envía %n fila nunca enviada</numerusform>
            <numerusform>Continuar lote envía las %n filas nunca enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and checks the %n unknown one(s): an &quot;already exists&quot; reply then counts as added, so nothing is created twice</source>
        <translation>
            <numerusform>y comprueba %n fila desconocida: una respuesta &quot;ya existe&quot; cuenta entonces como agregada, así que nada se crea dos veces</numerusform>
            <numerusform>y comprueba las %n desconocidas: una respuesta &quot;ya existe&quot; cuenta entonces como agregada, así que nada se crea dos veces</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed rows go to the main window&apos;s list to fix and retry.</source>
        <translation>Las filas fallidas pasan a la lista de la ventana principal para corregirlas y reintentarlas.</translation>
    </message>
    <message>
        <source>Passwords come from the system keychain; if it did not keep them, new ones are generated for rows the server never confirmed.</source>
        <translation>Las contraseñas vienen del llavero del sistema; si no las conservó, se generan otras nuevas para las filas que el servidor nunca confirmó.</translation>
    </message>
    <message>
        <source>Passwords come from the system keychain; if it did not keep them, you are asked to import the source file again.</source>
        <translation>Las contraseñas vienen del llavero del sistema; si no las conservó, se le pedirá que importe de nuevo el archivo de origen.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
</context>
<context>
    <name>vp::SettingsDialog</name>
    <message>
        <source>POST (keeps passwords out of web server logs)</source>
        <translation>POST (mantiene las contraseñas fuera de los registros del servidor web)</translation>
    </message>
    <message>
        <source>GET</source>
        <translation>GET</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Where the password is kept: %1.</source>
        <translation>Dónde se guarda la contraseña: %1.</translation>
    </message>
    <message>
        <source>Requests go to %1</source>
        <translation>Las solicitudes van a %1</translation>
    </message>
    <message>
        <source>The server keeps only letters and digits here and refuses a label shorter than 2.</source>
        <translation>El servidor solo conserva letras y dígitos aquí y rechaza una etiqueta de menos de 2.</translation>
    </message>
    <message>
        <source>Not a SHA-256 fingerprint (64 hex digits): %1</source>
        <translation>No es una huella SHA-256 (64 dígitos hexadecimales): %1</translation>
    </message>
    <message>
        <source>Type the server address first.</source>
        <translation>Primero escriba la dirección del servidor.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Demo mode always uses the simulator built into this program. To work with a real server, start Vici Provisioner without --demo: your real settings and history are kept apart.</source>
        <translation>El modo demostración siempre usa el simulador integrado en este programa. Para trabajar con un servidor real, inicie Vici Provisioner sin --demo: su configuración y su historial reales se guardan aparte.</translation>
    </message>
    <message>
        <source>Demo mode always keeps its own history on this computer, apart from your real history. To use a shared database, start Vici Provisioner without --demo.</source>
        <translation>El modo demo siempre guarda su propio historial en este equipo, aparte de su historial real. Para usar una base de datos compartida, inicie Vici Provisioner sin --demo.</translation>
    </message>
    <message>
        <source>History location changed</source>
        <translation>Ubicación del historial cambiada</translation>
    </message>
    <message>
        <source>The history is now set to %1.

This run keeps using %2: the new history is used from the next start of the program. Restart now?</source>
        <translation>El historial ahora está en %1.

Esta ejecución sigue usando %2: el nuevo historial se usa a partir del próximo inicio del programa. ¿Reiniciar ahora?</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>vp::UserGuideDialog</name>
    <message>
        <source>User Guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>The user guide is not installed on this computer. It is docs/user-guide.md in the program&apos;s source package.</source>
        <translation>La guía del usuario no está instalada en este equipo. Es docs/user-guide.md en el paquete de código fuente del programa.</translation>
    </message>
</context>
</TS>
