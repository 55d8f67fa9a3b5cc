<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Vici Provisioner</source>
        <translation>Sobre o Vici Provisioner</translation>
    </message>
    <message>
        <source>Creates SIP and IAX2 phone extensions on a VICIdial server through its non-agent API, one at a time or from a list.</source>
        <translation>Cria ramais SIP e IAX2 em um servidor VICIdial pela API non-agent, um de cada vez ou a partir de uma lista.</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Sobre</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versão:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licença:</translation>
    </message>
    <message>
        <source>&amp;Settings file:</source>
        <translation>&amp;Arquivo de configurações:</translation>
    </message>
    <message>
        <source>&amp;History database:</source>
        <translation>Banco de dados do &amp;histórico:</translation>
    </message>
    <message>
        <source>API password:</source>
        <translation>Senha da API:</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licença</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texto da licença</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalhes</translation>
    </message>
    <message>
        <source>Copy the version, Qt version and file locations, for a bug report or a support request</source>
        <translation>Copiar a versão, a versão do Qt e o local dos arquivos, para um relatório de bug ou um pedido de suporte</translation>
    </message>
</context>
<context>
    <name>AliasDialog</name>
    <message>
        <source>Phone Aliases</source>
        <translation>Aliases de telefone</translation>
    </message>
    <message>
        <source>An alias gives one agent one login across several dialer servers: its phone logins are the agent&apos;s phones on each server.</source>
        <translation>Um alias dá a um agente um único login em vários servidores de discagem: seus logins de telefone são os telefones do agente em cada servidor.</translation>
    </message>
    <message>
        <source>Alias &amp;id:</source>
        <translation>&amp;ID do alias:</translation>
    </message>
    <message>
        <source>2 to 20 letters, digits, - or _, e.g. agent1001</source>
        <translation>De 2 a 20 letras, dígitos, - ou _, p. ex. agent1001</translation>
    </message>
    <message>
        <source>Alias &amp;name:</source>
        <translation>&amp;Nome do alias:</translation>
    </message>
    <message>
        <source>2 to 50 characters, e.g. Agent 1001; for Change, empty keeps the name</source>
        <translation>De 2 a 50 caracteres, p. ex. Agent 1001; em Alterar, vazio mantém o nome</translation>
    </message>
    <message>
        <source>Phone &amp;logins:</source>
        <translation>&amp;Logins de telefone:</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. 1001a,1001b; for Change, empty keeps the logins</source>
        <translation>Separados por vírgulas, p. ex. 1001a,1001b; em Alterar, vazio mantém os logins</translation>
    </message>
    <message>
        <source>&amp;Add alias</source>
        <translation>&amp;Adicionar alias</translation>
    </message>
    <message>
        <source>Add a new alias with this id, name and logins (add_phone_alias)</source>
        <translation>Adicionar um novo alias com este ID, nome e logins (add_phone_alias)</translation>
    </message>
    <message>
        <source>C&amp;hange alias</source>
        <translation>Alte&amp;rar alias</translation>
    </message>
    <message>
        <source>Give the alias with this id the new name and/or logins; what is left empty stays as it is (update_phone_alias)</source>
        <translation>Dar ao alias com este ID o novo nome e/ou logins; o que ficar vazio continua como está (update_phone_alias)</translation>
    </message>
    <message>
        <source>&amp;Delete alias…</source>
        <translation>E&amp;xcluir alias…</translation>
    </message>
    <message>
        <source>Delete the alias with this id; its phones stay (update_phone_alias delete_alias=Y)</source>
        <translation>Excluir o alias com este ID; seus telefones permanecem (update_phone_alias delete_alias=Y)</translation>
    </message>
</context>
<context>
    <name>AliasFollowUp</name>
    <message>
        <source>phone login %1 was not sent</source>
        <translation>o login de telefone %1 não foi enviado</translation>
    </message>
    <message>
        <source>phone login %1 was not added (%2)</source>
        <translation>o login de telefone %1 não foi adicionado (%2)</translation>
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
        <translation>Digite o endereço do servidor VICIdial, por exemplo https://dialer.example.com.</translation>
    </message>
    <message>
        <source>The server address must not contain spaces.</source>
        <translation>O endereço do servidor não pode conter espaços.</translation>
    </message>
    <message>
        <source>The server address contains a control character.</source>
        <translation>O endereço do servidor contém um caractere de controle.</translation>
    </message>
    <message>
        <source>The address begins with a mistyped &quot;http://&quot; or &quot;https://&quot;.</source>
        <translation>O endereço começa com um &quot;http://&quot; ou &quot;https://&quot; digitado errado.</translation>
    </message>
    <message>
        <source>The address starts with &quot;%1://&quot;: only http:// and https:// addresses are supported.</source>
        <translation>O endereço começa com &quot;%1://&quot;: só são aceitos endereços http:// e https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address. Enter the server&apos;s name or IP address, for example https://dialer.example.com or 10.0.0.5.</source>
        <translation>&quot;%1&quot; não é um endereço web válido. Digite o nome ou o endereço IP do servidor, por exemplo https://dialer.example.com ou 10.0.0.5.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the address; enter them in the API user and password fields instead.</source>
        <translation>Tire o usuário e a senha do endereço; digite-os nos campos de usuário e senha da API.</translation>
    </message>
    <message>
        <source>The address has no server name or IP address.</source>
        <translation>O endereço não tem nome de servidor nem endereço IP.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name: use letters, digits, &apos;-&apos; and &apos;.&apos; only.</source>
        <translation>&quot;%1&quot; não é um nome de servidor válido: use só letras, dígitos, &apos;-&apos; e &apos;.&apos;.</translation>
    </message>
    <message>
        <source>Port 0 is not a valid port.</source>
        <translation>A porta 0 não é uma porta válida.</translation>
    </message>
    <message>
        <source>The address points at the page &quot;%1&quot;; the API page non_agent_api.php next to it is used instead.</source>
        <translation>O endereço aponta para a página &quot;%1&quot;; no lugar dela é usada a página da API non_agent_api.php ao lado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation>&quot;%1&quot; não é um endereço web válido.</translation>
    </message>
    <message>
        <source>The part of the address after &quot;?&quot; or &quot;#&quot; is ignored.</source>
        <translation>A parte do endereço depois de &quot;?&quot; ou &quot;#&quot; é ignorada.</translation>
    </message>
    <message>
        <source>The connection is not encrypted (http): the API password and the phone passwords cross the network readable by anyone on the way. Use https:// if the server supports it.</source>
        <translation>A conexão não é criptografada (http): a senha da API e as senhas dos telefones atravessam a rede legíveis para qualquer um no caminho. Use https:// se o servidor aceitar.</translation>
    </message>
    <message>
        <source>No http:// or https:// given, so http is used, as on a default VICIdial install. The connection is not encrypted: the API password and the phone passwords cross the network readable by anyone on the way. Type https:// in front if the server supports it.</source>
        <translation>Não foi informado http:// nem https://, então é usado http, como numa instalação padrão do VICIdial. A conexão não é criptografada: a senha da API e as senhas dos telefones atravessam a rede legíveis para qualquer um no caminho. Digite https:// na frente se o servidor aceitar.</translation>
    </message>
</context>
<context>
    <name>BatchJournal</name>
    <message>
        <source>Could not open the batch journal</source>
        <translation>Não foi possível abrir o diário de lotes</translation>
    </message>
    <message>
        <source>The batch journal is not open</source>
        <translation>O diário de lotes não está aberto</translation>
    </message>
    <message>
        <source>Could not record the batch</source>
        <translation>Não foi possível registrar o lote</translation>
    </message>
    <message>
        <source>Could not update the batch journal</source>
        <translation>Não foi possível atualizar o diário de lotes</translation>
    </message>
    <message>
        <source>Could not read the batch journal</source>
        <translation>Não foi possível ler o diário de lotes</translation>
    </message>
    <message>
        <source>Could not open the batch journal in %1</source>
        <translation>Não foi possível abrir o diário de lotes em %1</translation>
    </message>
    <message>
        <source>the history is not open</source>
        <translation>o histórico não está aberto</translation>
    </message>
    <message>
        <source>Could not create the batch journal</source>
        <translation>Não foi possível criar o diário de lotes</translation>
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
        <translation>Progresso do lote</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Cancel &amp;batch</source>
        <translation>Canc&amp;elar lote</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Repetir com falha</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportar relatório…</translation>
    </message>
    <message>
        <source>Save every row of this batch with its outcome and message as CSV (no passwords)</source>
        <translation>Salvar cada linha deste lote com o resultado e a mensagem em CSV (sem senhas)</translation>
    </message>
    <message>
        <source>Agent handout…</source>
        <translation>Folha para agentes…</translation>
    </message>
    <message>
        <source>Save the logins and passwords of the phones this batch added, for the agents (holds secrets)</source>
        <translation>Salvar os logins e as senhas dos telefones que este lote adicionou, para os agentes (contém segredos)</translation>
    </message>
    <message>
        <source>Close batch panel</source>
        <translation>Fechar o painel do lote</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Undo batch…</source>
        <translation>Desfazer lote…</translation>
    </message>
    <message>
        <source>Delete the phones this batch added, after showing the list (phones that already existed are kept)</source>
        <translation>Excluir os telefones que este lote adicionou, depois de mostrar a lista (telefones que já existiam são mantidos)</translation>
    </message>
</context>
<context>
    <name>BatchReportWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>added %1, already existed %2, failed %3</source>
        <translation>adicionados %1, já existiam %2, com falha %3</translation>
    </message>
    <message>
        <source>, unknown %1, not sent %2</source>
        <translation>, desconhecidos %1, não enviados %2</translation>
    </message>
    <message>
        <source>, skipped %1</source>
        <translation>, ignoradas %1</translation>
    </message>
</context>
<context>
    <name>BatchRun</name>
    <message>
        <source>%1 of %2 done: %3 added, %4 failed, %5 unknown, %6 left.</source>
        <translation>%1 de %2 feitos: %3 adicionados, %4 com falha, %5 desconhecidos, %6 restantes.</translation>
    </message>
    <message>
        <source>About %1 s left.</source>
        <translation>Faltam cerca de %1 s.</translation>
    </message>
    <message>
        <source>About %1 min left.</source>
        <translation>Faltam cerca de %1 min.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n added.</source>
        <translation>
            <numerusform>Concluído: %n adicionado.</numerusform>
            <numerusform>Concluído: %n adicionados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (%1).</source>
        <translation>
            <numerusform>%n com falha (%1).</numerusform>
            <numerusform>%n com falha (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown: retry them to find out whether they were created.</source>
        <translation>
            <numerusform>%n desconhecido: tente de novo para saber se foi criado.</numerusform>
            <numerusform>%n desconhecidos: tente de novo para saber se foram criados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the list not sent, for the problems the preview showed (line %1); the report lists them.</source>
        <translation>
            <numerusform>%n linha da lista não foi enviada, pelos problemas que a prévia mostrou (linha %1); o relatório a lista.</numerusform>
            <numerusform>%n linhas da lista não foram enviadas, pelos problemas que a prévia mostrou (linhas %1); o relatório as lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sent: %3 done, %4 failed, %5 unknown, %6 left.</source>
        <translation>%1 de %2 enviados: %3 feitos, %4 com falha, %5 desconhecidos, %6 restantes.</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n done.</source>
        <translation>
            <numerusform>Concluído: %n feito.</numerusform>
            <numerusform>Concluído: %n feitos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Fix: </source>
        <translation>Correção: </translation>
    </message>
    <message>
        <source>%1/%2 done: %3 added, %4 failed, %5 unknown, %6 in flight   </source>
        <translation>%1/%2 feitos: %3 adicionados, %4 com falha, %5 desconhecidos, %6 em andamento   </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linha %1</translation>
    </message>
    <message>
        <source>Stopped, nothing more was sent: %1</source>
        <translation>Parado, nada mais foi enviado: %1</translation>
    </message>
    <message>
        <source>Add one phone.</source>
        <translation>Adicionar um telefone.</translation>
    </message>
    <message>
        <source>Read %1 from this environment variable.</source>
        <translation>Ler %1 desta variável de ambiente.</translation>
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
        <translation>Desativar o telefone depois de adicioná-lo.</translation>
    </message>
    <message>
        <source>Generate the login and registration passwords and write them to the --handout file.</source>
        <translation>Gerar as senhas de login e de registro e gravá-las no arquivo de --handout.</translation>
    </message>
    <message>
        <source>Write the generated passwords to this file (it holds secrets).</source>
        <translation>Gravar as senhas geradas neste arquivo (contém segredos).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>--generate-passwords needs --handout FILE: generated passwords are shown nowhere else.</source>
        <translation>--generate-passwords precisa de --handout ARQUIVO: as senhas geradas não aparecem em nenhum outro lugar.</translation>
    </message>
    <message>
        <source>warning: %1 holds passwords; hand it over and delete it.</source>
        <translation>aviso: %1 contém senhas; entregue-o e apague-o.</translation>
    </message>
    <message>
        <source>Show the history of attempts.</source>
        <translation>Mostrar o histórico de tentativas.</translation>
    </message>
    <message>
        <source>Only this outcome (added, login_failed, timeout, ...).</source>
        <translation>Só este resultado (added, login_failed, timeout, ...).</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>Only attempts since this date (YYYY-MM-DD).</source>
        <translation>Só tentativas desde esta data (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>Only this batch.</source>
        <translation>Só este lote.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only attempts matching this text.</source>
        <translation>Só tentativas que combinam com este texto.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>At most this many rows (default 50).</source>
        <translation>No máximo esta quantidade de linhas (padrão 50).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Write CSV to standard output.</source>
        <translation>Escrever CSV na saída padrão.</translation>
    </message>
    <message>
        <source>Unknown outcome &quot;%1&quot;.</source>
        <translation>Resultado desconhecido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Bad --since: use YYYY-MM-DD.</source>
        <translation>--since inválido: use AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Bad --limit.</source>
        <translation>--limit inválido.</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>%1 of %2 attempts shown.</source>
        <translation>%1 de %2 tentativas mostradas.</translation>
    </message>
    <message>
        <source>VICIdial server address (host, base URL or the full API URL).</source>
        <translation>Endereço do servidor VICIdial (host, URL base ou a URL completa da API).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>API user.</source>
        <translation>Usuário da API.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USUÁRIO</translation>
    </message>
    <message>
        <source>Read the API password from this environment variable.</source>
        <translation>Ler a senha da API desta variável de ambiente.</translation>
    </message>
    <message>
        <source>Read the API password from the first line of this file.</source>
        <translation>Ler a senha da API da primeira linha deste arquivo.</translation>
    </message>
    <message>
        <source>Source label for the server&apos;s API log (2+ letters or digits).</source>
        <translation>Rótulo de origem para o log da API do servidor (2 ou mais letras ou dígitos).</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>RÓTULO</translation>
    </message>
    <message>
        <source>post (default; keeps passwords out of web logs) or get.</source>
        <translation>post (padrão; mantém as senhas fora dos logs web) ou get.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTODO</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1-8 (default 4).</source>
        <translation>Requisições simultâneas em andamento, 1-8 (padrão 4).</translation>
    </message>
    <message>
        <source>Seconds to wait for each reply (default 30).</source>
        <translation>Segundos de espera por cada resposta (padrão 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>History database file (default: the app&apos;s).</source>
        <translation>Arquivo do banco de dados do histórico (padrão: o do aplicativo).</translation>
    </message>
    <message>
        <source>Trust a server certificate with this SHA-256 fingerprint (self-signed servers).</source>
        <translation>Confiar num certificado de servidor com esta impressão digital SHA-256 (servidores autoassinados).</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>The server runs in non-latin mode: letters of any script are kept.</source>
        <translation>O servidor roda em modo non-latin: letras de qualquer alfabeto são mantidas.</translation>
    </message>
    <message>
        <source>No server given: use --url URL (or save one in the desktop app&apos;s settings).</source>
        <translation>Nenhum servidor informado: use --url URL (ou salve um nas configurações do aplicativo de desktop).</translation>
    </message>
    <message>
        <source>Bad --url &quot;%1&quot;: %2</source>
        <translation>--url inválida &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>Bad --method &quot;%1&quot;: use post or get.</source>
        <translation>--method inválido &quot;%1&quot;: use post ou get.</translation>
    </message>
    <message>
        <source>Bad --concurrency: use a number from 1 to 8.</source>
        <translation>--concurrency inválido: use um número de 1 a 8.</translation>
    </message>
    <message>
        <source>Bad --timeout: use a number of seconds from 1 to 600.</source>
        <translation>--timeout inválido: use um número de segundos de 1 a 600.</translation>
    </message>
    <message>
        <source>Use either --password-env or --password-file, not both.</source>
        <translation>Use --password-env ou --password-file, não os dois.</translation>
    </message>
    <message>
        <source>No API user given: use --user USER.</source>
        <translation>Nenhum usuário da API informado: use --user USUÁRIO.</translation>
    </message>
    <message>
        <source>The environment variable %1 (from --password-env) is not set.</source>
        <translation>A variável de ambiente %1 (de --password-env) não está definida.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Não é possível ler o arquivo de senha %1: %2</translation>
    </message>
    <message>
        <source>API password for %1: </source>
        <translation>Senha da API para %1: </translation>
    </message>
    <message>
        <source>No API password: use --password-env VAR or --password-file FILE (passwords are never taken from the command line, where other users can see them).</source>
        <translation>Sem senha da API: use --password-env VAR ou --password-file ARQUIVO (as senhas nunca são lidas da linha de comando, onde outros usuários podem vê-las).</translation>
    </message>
    <message numerus="yes">
        <source>note: %n attempt(s) were left unfinished by an earlier run; their outcome is unknown. Importing the same rows again resolves them safely.</source>
        <translation>
            <numerusform>nota: uma execução anterior deixou %n tentativa inacabada; o resultado dela é desconhecido. Importar as mesmas linhas de novo resolve isso com segurança.</numerusform>
            <numerusform>nota: uma execução anterior deixou %n tentativas inacabadas; o resultado delas é desconhecido. Importar as mesmas linhas de novo resolve isso com segurança.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bad --default &quot;%1&quot;: use field=value with an API field name such as server_ip=10.10.10.15.</source>
        <translation>--default inválido &quot;%1&quot;: use campo=valor com um nome de campo da API, como server_ip=10.10.10.15.</translation>
    </message>
    <message>
        <source>Passwords are never taken from the command line; put %1 in the file or use --generate-passwords.</source>
        <translation>As senhas nunca são lidas da linha de comando; coloque %1 no arquivo ou use --generate-passwords.</translation>
    </message>
    <message>
        <source>Import phones from a CSV file.</source>
        <translation>Importar telefones de um arquivo CSV.</translation>
    </message>
    <message>
        <source>CSV file with a header row.</source>
        <translation>Arquivo CSV com uma linha de cabeçalho.</translation>
    </message>
    <message>
        <source>Value for a field the file lacks, e.g. server_ip=10.10.10.15.</source>
        <translation>Valor para um campo que falta no arquivo, p. ex. server_ip=10.10.10.15.</translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation>CAMPO=VALOR</translation>
    </message>
    <message>
        <source>Check everything, send nothing.</source>
        <translation>Verificar tudo, não enviar nada.</translation>
    </message>
    <message>
        <source>Write every row&apos;s outcome to this CSV file.</source>
        <translation>Gravar o resultado de cada linha neste arquivo CSV.</translation>
    </message>
    <message>
        <source>Generate missing phone and registration passwords (needs --handout).</source>
        <translation>Gerar as senhas de telefone e de registro que faltarem (precisa de --handout).</translation>
    </message>
    <message>
        <source>Write extension, login and generated passwords to this file (it holds secrets).</source>
        <translation>Gravar ramal, login e senhas geradas neste arquivo (contém segredos).</translation>
    </message>
    <message>
        <source>Field delimiter: comma, semicolon, tab or pipe (default: detect).</source>
        <translation>Delimitador de campos: comma, semicolon, tab ou pipe (padrão: detectar).</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>usage: viciprov-cli import FILE.csv [options]</source>
        <translation>uso: viciprov-cli import ARQUIVO.csv [opções]</translation>
    </message>
    <message>
        <source>Bad --delimiter: use comma, semicolon, tab or pipe.</source>
        <translation>--delimiter inválido: use comma, semicolon, tab ou pipe.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>aviso: </translation>
    </message>
    <message>
        <source>warning: column &quot;%1&quot; is not an add_phone field and is ignored.</source>
        <translation>aviso: a coluna &quot;%1&quot; não é um campo de add_phone e é ignorada.</translation>
    </message>
    <message>
        <source>%1: no extension column. The header row must name the columns (extension, server_ip, phone_login, ...).</source>
        <translation>%1: não há coluna de ramal. A linha de cabeçalho precisa nomear as colunas (extension, server_ip, phone_login, ...).</translation>
    </message>
    <message>
        <source>%1: no value in any row for: %2. Add these columns, give them with --default field=value, or use --generate-passwords for the passwords.</source>
        <translation>%1: nenhuma linha tem valor para: %2. Adicione essas colunas, informe-as com --default campo=valor ou use --generate-passwords para as senhas.</translation>
    </message>
    <message>
        <source>Cannot open the history: %1</source>
        <translation>Não é possível abrir o histórico: %1</translation>
    </message>
    <message>
        <source>%1: %2 rows; %3 valid to send, %4 invalid, %5 already added earlier.</source>
        <translation>%1: %2 linhas; %3 válidas para enviar, %4 inválidas, %5 já adicionadas antes.</translation>
    </message>
    <message>
        <source>line %1: would add %2@%3 (login %4)</source>
        <translation>linha %1: adicionaria %2@%3 (login %4)</translation>
    </message>
    <message>
        <source>dry run: not sent</source>
        <translation>simulação: não enviado</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Não é possível gravar o relatório: %1</translation>
    </message>
    <message>
        <source>Summary: %1 added, %2 already added earlier, %3 failed, %4 unknown (may exist: import again to resolve), %5 not sent, %6 invalid.</source>
        <translation>Resumo: %1 adicionados, %2 já adicionados antes, %3 com falha, %4 desconhecidos (podem existir: importe de novo para resolver), %5 não enviados, %6 inválidos.</translation>
    </message>
    <message>
        <source>Server unreachable: %1</source>
        <translation>Servidor inacessível: %1</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>O comando a executar.</translation>
    </message>
    <message>
        <source>Passwords are never taken from the command line, where other users can see them. Use --password-env VAR or --password-file FILE.</source>
        <translation>As senhas nunca são lidas da linha de comando, onde outros usuários podem vê-las. Use --password-env VAR ou --password-file ARQUIVO.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See --help.</source>
        <translation>Comando desconhecido &quot;%1&quot;. Veja --help.</translation>
    </message>
    <message>
        <source>Cannot write the handout: %1</source>
        <translation>Não é possível gravar a folha para agentes: %1</translation>
    </message>
    <message>
        <source>warning: these phones were created by an earlier, interrupted run whose generated passwords are lost; they are not in the handout. Set new passwords for them on VICIdial: %1</source>
        <translation>aviso: estes telefones foram criados por uma execução anterior interrompida cujas senhas geradas se perderam; eles não estão na folha para agentes. Defina novas senhas para eles no VICIdial: %1</translation>
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
        <translation>Reativa um telefone (update_phone active=Y).</translation>
    </message>
    <message>
        <source>Switch a phone off; it stays on the server (update_phone active=N).</source>
        <translation>Desativa um telefone; ele continua no servidor (update_phone active=N).</translation>
    </message>
    <message>
        <source>Delete a phone from the server (update_phone delete_phone=Y). It cannot be undone.</source>
        <translation>Exclui um telefone do servidor (update_phone delete_phone=Y). Não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (for scripts).</source>
        <translation>Não pedir confirmação (para scripts).</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Nada foi excluído.</translation>
    </message>
    <message>
        <source>%1/%2 done: %3 changed, %4 failed, %5 unknown, %6 in flight   </source>
        <translation>%1/%2 feitos: %3 alterados, %4 com falha, %5 desconhecidos, %6 em andamento   </translation>
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
        <translation>Cria ramais em um servidor VICIdial.

Comandos:
  test-credentials   verificar a URL do servidor, o login na API e a permissão
  add                adicionar um telefone (--extension E --server-ip IP ...)
  import ARQUIVO.csv adicionar todos os telefones de um arquivo CSV
  deactivate         desativar um telefone (--extension E --server-ip IP)
  activate           reativar um telefone
  delete             excluir um telefone (pergunta antes; --yes para scripts)
  history            mostrar as tentativas anteriores

Código de saída: 0 todos adicionados, 1 alguns não adicionados, 2 uso incorreto ou arquivo ilegível, 3 parado por erro de login/bloqueio/permissão, 4 servidor inacessível.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>usage: viciprov-cli alias add --id ID --name NAME --logins L1,L2
       viciprov-cli alias update --id ID [--name NAME] [--logins L1,L2]
       viciprov-cli alias delete --id ID [--yes]</source>
        <translation>uso: viciprov-cli alias add --id ID --name NOME --logins L1,L2
     viciprov-cli alias update --id ID [--name NOME] [--logins L1,L2]
     viciprov-cli alias delete --id ID [--yes]</translation>
    </message>
    <message>
        <source>A phone alias gives one agent one login across several dialer servers (add_phone_alias, update_phone_alias).</source>
        <translation>Um alias de telefone dá a um agente um único login em vários servidores de discagem (add_phone_alias, update_phone_alias).</translation>
    </message>
    <message>
        <source>Add a phone alias for one or more phone logins (add_phone_alias).</source>
        <translation>Adiciona um alias de telefone para um ou mais logins de telefone (add_phone_alias).</translation>
    </message>
    <message>
        <source>Rename a phone alias or give it other logins (update_phone_alias); what is not given stays as it is.</source>
        <translation>Renomeia um alias de telefone ou lhe atribui outros logins (update_phone_alias); o que não for informado fica como está.</translation>
    </message>
    <message>
        <source>Delete a phone alias (update_phone_alias delete_alias=Y). It cannot be undone; the API user needs the VICIdial setting &quot;Delete Phones&quot;.</source>
        <translation>Exclui um alias de telefone (update_phone_alias delete_alias=Y). Não pode ser desfeito; o usuário da API precisa da configuração &quot;Delete Phones&quot; do VICIdial.</translation>
    </message>
    <message>
        <source>The alias id (2 to 20 letters, digits, - or _).</source>
        <translation>O ID do alias (de 2 a 20 letras, dígitos, - ou _).</translation>
    </message>
    <message>
        <source>The alias name (2 to 50 characters).</source>
        <translation>O nome do alias (de 2 a 50 caracteres).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>The phone logins, separated by commas.</source>
        <translation>Os logins de telefone, separados por vírgulas.</translation>
    </message>
    <message>
        <source>L1,L2</source>
        <translation>L1,L2</translation>
    </message>
    <message>
        <source>Change some fields of a phone (update_phone): only the fields given are sent. %1 empties a field that allows it.</source>
        <translation>Altera alguns campos de um telefone (update_phone): só os campos informados são enviados. %1 esvazia um campo que permita isso.</translation>
    </message>
    <message>
        <source>Read a new %1 from this environment variable.</source>
        <translation>Ler o novo valor de %1 desta variável de ambiente.</translation>
    </message>
    <message>
        <source>Y to switch the phone on, N to switch it off.</source>
        <translation>Y para ativar o telefone, N para desativá-lo.</translation>
    </message>
    <message>
        <source>Y|N</source>
        <translation>Y|N</translation>
    </message>
    <message>
        <source>Bad --active &quot;%1&quot;: use Y or N.</source>
        <translation>--active inválido &quot;%1&quot;: use Y ou N.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one field option or --active.</source>
        <translation>Nada a alterar: informe pelo menos uma opção de campo ou --active.</translation>
    </message>
    <message>
        <source>warning: this batch is not in the batch journal: %1</source>
        <translation>aviso: este lote não está no diário de lotes: %1</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>alias %1</translation>
    </message>
    <message>
        <source>%1 added, %2 already existed, %3 failed, %4 unknown, %5 not sent</source>
        <translation>%1 adicionados, %2 já existiam, %3 com falha, %4 desconhecidos, %5 não enviados</translation>
    </message>
    <message>
        <source>%1 attempts (not in the batch journal)</source>
        <translation>%1 tentativas (fora do diário de lotes)</translation>
    </message>
    <message>
        <source>%1 batches shown.</source>
        <translation>%1 lotes mostrados.</translation>
    </message>
    <message>
        <source>List the batches (id, system, label, created, counts).</source>
        <translation>Listar os lotes (id, sistema, rótulo, criação, contagens).</translation>
    </message>
    <message>
        <source>Undo of batch %1 on %2:</source>
        <translation>Desfazer o lote %1 em %2:</translation>
    </message>
    <message>
        <source>%1 phones to delete</source>
        <translation>%1 ramais a excluir</translation>
    </message>
    <message>
        <source>%1 was changed since the batch (by %2, %3): it is deleted as it is now</source>
        <translation>%1 foi alterado depois do lote (por %2, %3): é excluído como está agora</translation>
    </message>
    <message>
        <source>%1 already existed before the batch: kept</source>
        <translation>%1 já existiam antes do lote: mantidos</translation>
    </message>
    <message>
        <source>%1 were refused, nothing was made: nothing to do</source>
        <translation>%1 foram recusados, nada foi criado: nada a fazer</translation>
    </message>
    <message>
        <source>%1 are deleted already: skipped</source>
        <translation>%1 já estão excluídos: ignorados</translation>
    </message>
    <message>
        <source>%1: the server never answered whether it was added; left alone (check it on VICIdial, then delete it with `delete` if it is the batch&apos;s)</source>
        <translation>%1: o servidor nunca respondeu se foi adicionado; não é alterado (verifique no VICIdial e exclua com `delete` se for do lote)</translation>
    </message>
    <message>
        <source>%1 was deleted and made again by a later batch: left alone</source>
        <translation>%1 foi excluído e criado de novo por um lote posterior: não é alterado</translation>
    </message>
    <message>
        <source>Take a batch back: delete the phones it added on its system (update_phone delete_phone=Y). Phones that already existed, refused rows and rows without an answer are left alone. Running it again finishes an undo that was cut short.</source>
        <translation>Desfazer um lote: exclui os ramais que ele adicionou no seu sistema (update_phone delete_phone=Y). Ramais que já existiam, linhas recusadas e linhas sem resposta não são alterados. Executar de novo termina um desfazer interrompido.</translation>
    </message>
    <message>
        <source>The batch id (see history --batches).</source>
        <translation>O id do lote (veja history --batches).</translation>
    </message>
    <message>
        <source>The newest batch that added phones on this system.</source>
        <translation>O lote mais recente que adicionou ramais neste sistema.</translation>
    </message>
    <message>
        <source>Show what would be deleted; send nothing.</source>
        <translation>Mostrar o que seria excluído; não enviar nada.</translation>
    </message>
    <message>
        <source>usage: viciprov-cli undo BATCH_ID | --last [--dry-run] [--yes]</source>
        <translation>uso: viciprov-cli undo BATCH_ID | --last [--dry-run] [--yes]</translation>
    </message>
    <message>
        <source>This history has no batch that added phones on %1.</source>
        <translation>Este histórico não tem nenhum lote que tenha adicionado ramais em %1.</translation>
    </message>
    <message>
        <source>Nothing to delete.</source>
        <translation>Nada a excluir.</translation>
    </message>
    <message>
        <source>Undo of %1: %2 deleted, %3 were gone already, %4 refused, %5 not sent or without an answer.</source>
        <translation>Desfazer %1: %2 excluídos, %3 já não existiam, %4 recusados, %5 não enviados ou sem resposta.</translation>
    </message>
    <message>
        <source>Run the same undo again to finish it: phones already deleted are skipped.</source>
        <translation>Execute o mesmo undo de novo para terminá-lo: ramais já excluídos são ignorados.</translation>
    </message>
    <message>
        <source>More commands:
  update             change some fields of a phone (--extension E --server-ip IP --phone-full-name ...)
  undo BATCH|--last  delete the phones a batch added (asks first)
  alias add|update|delete  phone aliases (--id ID ...)
  history --batches  list the batches with what their rows came to</source>
        <translation>Mais comandos:
  update             alterar alguns campos de um ramal (--extension E --server-ip IP --phone-full-name ...)
  undo BATCH|--last  excluir os ramais que um lote adicionou (pergunta antes)
  alias add|update|delete  aliases de ramal (--id ID ...)
  history --batches  listar os lotes com o resultado de suas linhas</translation>
    </message>
    <message>
        <source>Delete alias %1 from %2? It cannot be undone.</source>
        <translation>Excluir o alias %1 de %2? Não é possível desfazer.</translation>
    </message>
    <message>
        <source>Delete phone %1 on server %2 from %3? It cannot be undone.</source>
        <translation>Excluir de %3 o telefone %1 no servidor %2? Não é possível desfazer.</translation>
    </message>
    <message>
        <source>%1 asks for confirmation on a terminal; in a script, add --yes. Nothing was deleted.</source>
        <translation>%1 pede confirmação em um terminal; em um script, adicione --yes. Nada foi excluído.</translation>
    </message>
    <message>
        <source>Type &quot;yes&quot; to delete: </source>
        <translation>Digite &quot;sim&quot; para excluir: </translation>
    </message>
    <message>
        <source>%1 done, %2 nothing to do, %3 failed, %4 unknown, %5 not sent</source>
        <translation>%1 feitos, %2 sem nada a fazer, %3 com falha, %4 desconhecidos, %5 não enviados</translation>
    </message>
    <message>
        <source>What to do with the listed phones: add (default); update (add, and update with the row&apos;s fields the extensions that already exist); deactivate or delete (only extension and server_ip are read).</source>
        <translation>O que fazer com os telefones da lista: add (padrão); update (adicionar, e atualizar com os campos da linha os ramais que já existem); deactivate ou delete (só extension e server_ip são lidos).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODO</translation>
    </message>
    <message>
        <source>With --mode delete: do not ask for confirmation (for scripts).</source>
        <translation>Com --mode delete: não pedir confirmação (para scripts).</translation>
    </message>
    <message>
        <source>Bad --mode &quot;%1&quot;: use add, update, deactivate or delete.</source>
        <translation>--mode &quot;%1&quot; inválido: use add, update, deactivate ou delete.</translation>
    </message>
    <message>
        <source>--generate-passwords is for adding or updating phones, not with --mode %1.</source>
        <translation>--generate-passwords serve para adicionar ou atualizar telefones, não com --mode %1.</translation>
    </message>
    <message>
        <source>line %1: %2 %3@%4 (login %5)</source>
        <translation>linha %1: %2 %3@%4 (login %5)</translation>
    </message>
    <message>
        <source>line %1: %2 %3@%4</source>
        <translation>linha %1: %2 %3@%4</translation>
    </message>
    <message>
        <source>%1 added, %2 updated</source>
        <translation>%1 adicionados, %2 atualizados</translation>
    </message>
    <message>
        <source>%1 switched off, %2 not on the server</source>
        <translation>%1 desativados, %2 não estavam no servidor</translation>
    </message>
    <message>
        <source>%1 deleted, %2 not on the server</source>
        <translation>%1 excluídos, %2 não estavam no servidor</translation>
    </message>
    <message>
        <source>Summary: %1, %2 failed, %3 unknown (run the same import again to resolve), %4 not sent, %5 invalid.</source>
        <translation>Resumo: %1, %2 com falha, %3 desconhecidos (execute a mesma importação de novo para resolver), %4 não enviados, %5 inválidos.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n phones of %1 from %2? It cannot be undone.</source>
        <translation>
            <numerusform>Excluir de %2 %n telefone de %1? Não é possível desfazer.</numerusform>
            <numerusform>Excluir de %2 os %n telefones de %1? Não é possível desfazer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n phones from %1? It cannot be undone.</source>
        <translation>
            <numerusform>Excluir %n telefone de %1? Não é possível desfazer.</numerusform>
            <numerusform>Excluir estes %n telefones de %1? Não é possível desfazer.</numerusform>
        </translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation>em pausa: %1</translation>
    </message>
    <message>
        <source>The shared history answers again: continuing.</source>
        <translation>O histórico compartilhado voltou a responder: continuando.</translation>
    </message>
    <message>
        <source>Copy this history into a shared database (team mode): mysql://USER@HOST:PORT/DB or postgresql://... Running it again copies only what is new.</source>
        <translation>Copia este histórico para um banco de dados compartilhado (modo equipe): mysql://USUARIO@HOST:PORTA/BD ou postgresql://... Executar de novo copia só o que é novo.</translation>
    </message>
    <message>
        <source>Read the --copy-to database&apos;s password from this environment variable.</source>
        <translation>Lê a senha do banco de dados de --copy-to desta variável de ambiente.</translation>
    </message>
    <message>
        <source>Shared history on a database server (team mode): mysql://USER@HOST:PORT/DB or postgresql://USER@HOST:PORT/DB, optionally ?tls=1&amp;ca=FILE. Never put the password in it.</source>
        <translation>Histórico compartilhado em um servidor de banco de dados (modo equipe): mysql://USUARIO@HOST:PORTA/BD ou postgresql://USUARIO@HOST:PORTA/BD, opcionalmente ?tls=1&amp;ca=ARQUIVO. Nunca coloque a senha no endereço.</translation>
    </message>
    <message>
        <source>Read the shared history&apos;s database password from this environment variable.</source>
        <translation>Lê a senha do banco de dados do histórico compartilhado desta variável de ambiente.</translation>
    </message>
    <message>
        <source>Use either --history FILE or --history-url URL, not both.</source>
        <translation>Use --history ARQUIVO ou --history-url URL, não os dois.</translation>
    </message>
    <message>
        <source>The history saved in the settings is not usable: %1</source>
        <translation>O histórico salvo nas configurações não pode ser usado: %1</translation>
    </message>
    <message>
        <source>Bad --history-url: %1</source>
        <translation>--history-url inválido: %1</translation>
    </message>
    <message>
        <source>The environment variable %1 (from --history-password-env) is not set.</source>
        <translation>A variável de ambiente %1 (de --history-password-env) não está definida.</translation>
    </message>
    <message>
        <source>Database password for %1: </source>
        <translation>Senha do banco de dados %1: </translation>
    </message>
    <message>
        <source>No password for the shared history %1: use --history-password-env VAR (passwords are never taken from the command line, where other users can see them).</source>
        <translation>Sem senha para o histórico compartilhado %1: use --history-password-env VAR (senhas nunca são lidas da linha de comando, onde outros usuários podem vê-las).</translation>
    </message>
    <message>
        <source>Bad --copy-to: %1</source>
        <translation>--copy-to inválido: %1</translation>
    </message>
    <message>
        <source>The environment variable %1 (from --copy-to-password-env) is not set.</source>
        <translation>A variável de ambiente %1 (de --copy-to-password-env) não está definida.</translation>
    </message>
    <message numerus="yes">
        <source>The copy stopped (%n attempt(s) copied; run it again to copy the rest): %1</source>
        <translation>
            <numerusform>A cópia parou (%n tentativa copiada; execute de novo para copiar o resto): %1</numerusform>
            <numerusform>A cópia parou (%n tentativas copiadas; execute de novo para copiar o resto): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied into %1: %n attempt(s)</source>
        <translation>
            <numerusform>Copiado para %1: %n tentativa</numerusform>
            <numerusform>Copiado para %1: %n tentativas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n batch(es) (what was copied before was skipped).</source>
        <translation>
            <numerusform>, %n lote (o que já tinha sido copiado foi ignorado).</numerusform>
            <numerusform>, %n lotes (o que já tinha sido copiado foi ignorado).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only attempts made by this operating-system user (team mode: who did it).</source>
        <translation>Somente as tentativas feitas por este usuário do sistema operacional (modo equipe: quem fez).</translation>
    </message>
    <message>
        <source>Only attempts made on this computer (its host name).</source>
        <translation>Somente as tentativas feitas neste computador (seu nome de host).</translation>
    </message>
    <message>
        <source>Only attempts made with this VICIdial API user.</source>
        <translation>Somente as tentativas feitas com este usuário da API do VICIdial.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Columns %1 and %2 both say whether the phone is active; column %1 is used.</source>
        <translation>As colunas %1 e %2 dizem ambas se o telefone está ativo; é usada a coluna %1.</translation>
    </message>
    <message>
        <source>Columns %1 (%2) and %3 (%4) both look like %5; column %1 is used.</source>
        <translation>As colunas %1 (%2) e %3 (%4) parecem ambas %5; é usada a coluna %1.</translation>
    </message>
</context>
<context>
    <name>CredentialCheckView</name>
    <message>
        <source>Server reachable</source>
        <translation>Servidor acessível</translation>
    </message>
    <message>
        <source>API login</source>
        <translation>Login na API</translation>
    </message>
    <message>
        <source>Permission to add phones</source>
        <translation>Permissão para adicionar telefones</translation>
    </message>
    <message>
        <source>Permission to change phones</source>
        <translation>Permissão para alterar telefones</translation>
    </message>
    <message>
        <source>Permission to delete phones</source>
        <translation>Permissão para excluir telefones</translation>
    </message>
</context>
<context>
    <name>CredentialTestDialog</name>
    <message>
        <source>Test credentials</source>
        <translation>Testar credenciais</translation>
    </message>
    <message>
        <source>Test &amp;again</source>
        <translation>Testar &amp;novamente</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>comma</source>
        <translation>vírgula</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>ponto e vírgula</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulação</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>The file is %1 MB; files up to %2 MB can be read.</source>
        <translation>O arquivo tem %1 MB; é possível ler arquivos de até %2 MB.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <source>Only one column was found. If the file uses another separator, choose it.</source>
        <translation>Só foi encontrada uma coluna. Se o arquivo usa outro separador, escolha-o.</translation>
    </message>
    <message>
        <source>Line %1: text follows a closing quote; it was kept as typed.</source>
        <translation>Linha %1: há texto depois de aspas de fechamento; foi mantido como digitado.</translation>
    </message>
    <message>
        <source>1 cell written as =&quot;...&quot; (Excel&apos;s way to keep leading zeros) was read as the text inside.</source>
        <translation>1 célula escrita como =&quot;...&quot; (o jeito do Excel de manter zeros à esquerda) foi lida como o texto de dentro.</translation>
    </message>
    <message>
        <source>%1 cells written as =&quot;...&quot; (Excel&apos;s way to keep leading zeros) were read as the text inside.</source>
        <translation>%1 células escritas como =&quot;...&quot; (o jeito do Excel de manter zeros à esquerda) foram lidas como o texto de dentro.</translation>
    </message>
    <message>
        <source>1 cell starts with an apostrophe, on line %1. It is kept as part of the value.</source>
        <translation>1 célula começa com apóstrofo, na linha %1. Ele é mantido como parte do valor.</translation>
    </message>
    <message>
        <source>%1 cells start with an apostrophe, the first on line %2. It is kept as part of the value.</source>
        <translation>%1 células começam com apóstrofo, a primeira na linha %2. Ele é mantido como parte do valor.</translation>
    </message>
    <message>
        <source>The file has only a header row and no phones.</source>
        <translation>O arquivo só tem uma linha de cabeçalho e nenhum telefone.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields; the header has %3.</source>
        <translation>A linha %1 tem %2 campos; o cabeçalho tem %3.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields; most rows have %3.</source>
        <translation>A linha %1 tem %2 campos; a maioria das linhas tem %3.</translation>
    </message>
    <message>
        <source>... and %1 more rows with a different number of fields.</source>
        <translation>... e mais %1 linhas com outro número de campos.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
</context>
<context>
    <name>CsvRecordParser</name>
    <message>
        <source>Line %1: a quoted field starts here and its closing quote is missing.</source>
        <translation>Linha %1: um campo entre aspas começa aqui e falta a aspa de fechamento.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a field is longer than %3 KB. This does not look like a list of phones.</source>
        <translation>Linha %1, coluna %2: um campo tem mais de %3 KB. Isto não parece uma lista de telefones.</translation>
    </message>
</context>
<context>
    <name>CsvTemplate</name>
    <message>
        <source>column</source>
        <translation>coluna</translation>
    </message>
    <message>
        <source>label</source>
        <translation>rótulo</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obrigatório</translation>
    </message>
    <message>
        <source>allowed values or characters</source>
        <translation>valores ou caracteres permitidos</translation>
    </message>
    <message>
        <source>length</source>
        <translation>tamanho</translation>
    </message>
    <message>
        <source>when empty</source>
        <translation>se vazio</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>observações</translation>
    </message>
    <message>
        <source>the extension</source>
        <translation>o ramal</translation>
    </message>
    <message>
        <source>a generated password (if chosen in the import dialog)</source>
        <translation>uma senha gerada (se escolhido na janela de importação)</translation>
    </message>
    <message>
        <source>secret: never stored by this program</source>
        <translation>segredo: este programa nunca o guarda</translation>
    </message>
    <message>
        <source>the import dialog&apos;s default</source>
        <translation>o padrão da janela de importação</translation>
    </message>
    <message>
        <source>must be a server of the cluster</source>
        <translation>precisa ser um servidor do cluster</translation>
    </message>
    <message>
        <source>must exist on the server</source>
        <translation>precisa existir no servidor</translation>
    </message>
    <message>
        <source>the import dialog&apos;s default, else refused</source>
        <translation>o padrão da janela de importação; senão, recusado</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>no apostrophe: the server fails on it</source>
        <translation>sem apóstrofo: o servidor falha com ele</translation>
    </message>
    <message>
        <source>standard time, no DST adjustment</source>
        <translation>horário padrão, sem ajuste de horário de verão</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>N adds the phone and then switches it off</source>
        <translation>N adiciona o telefone e depois o desativa</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Request and reply</source>
        <translation>Requisição e resposta</translation>
    </message>
    <message>
        <source>Re&amp;quest (passwords removed):</source>
        <translation>&amp;Requisição (sem senhas):</translation>
    </message>
    <message>
        <source>Re&amp;ply (passwords removed):</source>
        <translation>Res&amp;posta (sem senhas):</translation>
    </message>
</context>
<context>
    <name>EditPhoneDialog</name>
    <message>
        <source>Edit phone</source>
        <translation>Editar telefone</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sem alteração</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Gerar</translation>
    </message>
    <message>
        <source>Make a new random password (kept in memory until you save the handout)</source>
        <translation>Gerar uma nova senha aleatória (mantida na memória até você salvar a folha para agentes)</translation>
    </message>
</context>
<context>
    <name>GeneratorWidget</name>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>step</source>
        <translation>passo</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>dígitos</translation>
    </message>
    <message>
        <source>Zero-pad {n} to this many digits (0: as is)</source>
        <translation>Completar {n} com zeros até esta quantidade de dígitos (0: como está)</translation>
    </message>
    <message>
        <source>{n} the number, {i} its position, {server} the server&apos;s position</source>
        <translation>{n} o número, {i} sua posição, {server} a posição do servidor</translation>
    </message>
    <message>
        <source>&amp;Login pattern:</source>
        <translation>Padrão de &amp;login:</translation>
    </message>
    <message>
        <source>{ext} the extension; with several servers a letter per server is added (a, b, c...), as VICIdial&apos;s bulk page does</source>
        <translation>{ext} o ramal; com vários servidores é acrescentada uma letra por servidor (a, b, c...), como faz a página de cadastro em massa do VICIdial</translation>
    </message>
    <message>
        <source>&amp;Server IPs:</source>
        <translation>IPs dos &amp;servidores:</translation>
    </message>
    <message>
        <source>One server IP per line; the same extensions are made on each</source>
        <translation>Um IP de servidor por linha; os mesmos ramais são criados em cada um</translation>
    </message>
    <message>
        <source>Pass&amp;words:</source>
        <translation>Se&amp;nhas:</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source>Same for login and registration</source>
        <translation>A mesma para login e registro</translation>
    </message>
    <message>
        <source>Server letter on logins with one server</source>
        <translation>Letra do servidor nos logins com um só servidor</translation>
    </message>
    <message>
        <source>E&amp;xtensions:</source>
        <translation>&amp;Ramais:</translation>
    </message>
    <message>
        <source>First extension</source>
        <translation>Primeiro ramal</translation>
    </message>
    <message>
        <source>Last extension</source>
        <translation>Último ramal</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Dígitos</translation>
    </message>
    <message>
        <source>Extension p&amp;attern:</source>
        <translation>&amp;Padrão de ramal:</translation>
    </message>
    <message>
        <source>Na&amp;me pattern:</source>
        <translation>Padrão de no&amp;me:</translation>
    </message>
    <message>
        <source>One server IP per line</source>
        <translation>Um IP de servidor por linha</translation>
    </message>
    <message>
        <source>Password length</source>
        <translation>Tamanho da senha</translation>
    </message>
    <message>
        <source>Outbound caller &amp;ID (required):</source>
        <translation>&amp;Bina de saída (obrigatório):</translation>
    </message>
    <message>
        <source>The number called people see, e.g. 3125551212; the server requires one</source>
        <translation>O número que as pessoas chamadas veem, p. ex. 3125551212; o servidor exige um</translation>
    </message>
    <message>
        <source>Aliases:</source>
        <translation>Aliases:</translation>
    </message>
    <message>
        <source>One alias per agent across the ser&amp;vers</source>
        <translation>Um alias por agente em todos os ser&amp;vidores</translation>
    </message>
    <message>
        <source>alias id:</source>
        <translation>ID do alias:</translation>
    </message>
    <message>
        <source>{ext} the extension, {n} the number, {i} its position; 2 to 20 letters, digits, - or _</source>
        <translation>{ext} o ramal, {n} o número, {i} sua posição; de 2 a 20 letras, dígitos, - ou _</translation>
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
        <translation>não é possível restringi-lo ao dono: %1</translation>
    </message>
</context>
<context>
    <name>HistoryConnectionCheck</name>
    <message>
        <source>User &quot;%1&quot; may not read the database &quot;%2&quot; (%3).</source>
        <translation>O usuário &quot;%1&quot; não pode ler o banco de dados &quot;%2&quot; (%3).</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; may read the history in &quot;%2&quot; but not write it (%3): a read-only user can look at the history, not record attempts. Grant SELECT, INSERT, UPDATE and DELETE as the user guide lists (Team mode).</source>
        <translation>O usuário &quot;%1&quot; pode ler o histórico em &quot;%2&quot;, mas não gravá-lo (%3): um usuário somente leitura pode consultar o histórico, não registrar tentativas. Conceda SELECT, INSERT, UPDATE e DELETE como indica o guia do usuário (Modo equipe).</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; may not create the history&apos;s tables in &quot;%2&quot; (%3). Grant the rights the user guide lists (Team mode).</source>
        <translation>O usuário &quot;%1&quot; não pode criar as tabelas do histórico em &quot;%2&quot; (%3). Conceda as permissões que o guia do usuário lista (Modo equipe).</translation>
    </message>
    <message>
        <source>Connected to %1%2. The database is empty: the program creates its tables at first use.</source>
        <translation>Conectado a %1%2. O banco de dados está vazio: o programa cria suas tabelas no primeiro uso.</translation>
    </message>
    <message>
        <source>Connected to %1%2. The program upgrades the history&apos;s tables from schema %3 to %4 at first use (older versions of the program then refuse it).</source>
        <translation>Conectado a %1%2. O programa atualiza as tabelas do histórico do esquema %3 para o %4 no primeiro uso (versões anteriores do programa passam a recusá-lo).</translation>
    </message>
    <message>
        <source>Connected to %1%2. The history is ready.</source>
        <translation>Conectado a %1%2. O histórico está pronto.</translation>
    </message>
    <message>
        <source>The connection is encrypted.</source>
        <translation>A conexão está criptografada.</translation>
    </message>
    <message>
        <source>The history file %1 can be used.</source>
        <translation>O arquivo de histórico %1 pode ser usado.</translation>
    </message>
    <message>
        <source>Qt&apos;s driver for this database is missing: install the package %1.</source>
        <translation>Falta o driver do Qt para este banco de dados: instale o pacote %1.</translation>
    </message>
    <message>
        <source>No database server answers at %1 (%2). Check the host and the port, that the server runs and listens on the network (MariaDB: bind-address), and that no firewall stands between.</source>
        <translation>Nenhum servidor de banco de dados responde em %1 (%2). Verifique o host e a porta, se o servidor está em execução e escutando na rede (MariaDB: bind-address) e se nenhum firewall está no caminho.</translation>
    </message>
    <message>
        <source>The encrypted connection to %1 failed (%2). Check that the server has TLS turned on and that its certificate is signed by the authority given as CA file (or a system one).</source>
        <translation>A conexão criptografada com %1 falhou (%2). Verifique se o servidor tem TLS ativado e se o certificado dele é assinado pela autoridade informada como arquivo de CA (ou uma do sistema).</translation>
    </message>
    <message>
        <source>The server at %1 refused the login of user &quot;%2&quot; (%3). Check the user and the password, and that the user may connect from this computer (MariaDB: &apos;user&apos;@&apos;host&apos;; PostgreSQL: pg_hba.conf).</source>
        <translation>O servidor em %1 recusou o login do usuário &quot;%2&quot; (%3). Verifique o usuário e a senha, e se o usuário pode se conectar a partir deste computador (MariaDB: &apos;usuário&apos;@&apos;host&apos;; PostgreSQL: pg_hba.conf).</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist on %2. Create it as the user guide says (Team mode), or correct its name.</source>
        <translation>O banco de dados &quot;%1&quot; não existe em %2. Crie-o como diz o guia do usuário (Modo equipe) ou corrija o nome.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; has no rights on the database &quot;%2&quot;, or it does not exist (%3). Create it and grant the rights the user guide lists (Team mode).</source>
        <translation>O usuário &quot;%1&quot; não tem permissões no banco de dados &quot;%2&quot;, ou ele não existe (%3). Crie-o e conceda as permissões que o guia do usuário lista (Modo equipe).</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Não foi possível conectar a %1: %2</translation>
    </message>
    <message>
        <source>The server at %1:%2 does not encrypt the connection although TLS is asked for: nothing was sent. Turn TLS on at the server, or turn it off here if the network between is trusted.</source>
        <translation>O servidor em %1:%2 não criptografa a conexão, embora TLS tenha sido pedido: nada foi enviado. Ative o TLS no servidor ou desative-o aqui se a rede entre eles for confiável.</translation>
    </message>
</context>
<context>
    <name>HistoryLocation</name>
    <message>
        <source>&quot;%1&quot; is not a history address: use mysql://USER@HOST:PORT/DATABASE, postgresql://USER@HOST:PORT/DATABASE or a file&apos;s path.</source>
        <translation>&quot;%1&quot; não é um endereço de histórico: use mysql://USUARIO@HOST:PORTA/BANCO, postgresql://USUARIO@HOST:PORTA/BANCO ou o caminho de um arquivo.</translation>
    </message>
    <message>
        <source>The history address is not valid: %1</source>
        <translation>O endereço do histórico não é válido: %1</translation>
    </message>
    <message>
        <source>The history address holds a password: leave it out (anyone on this machine can read a command line) and give it with --history-password-env VARIABLE, or in Settings (kept in the keychain).</source>
        <translation>O endereço do histórico contém uma senha: retire-a (qualquer pessoa nesta máquina pode ler uma linha de comando) e informe-a com --history-password-env VARIAVEL, ou em Configurações (guardada no chaveiro).</translation>
    </message>
    <message>
        <source>The history address names no database user (USER@ before the host).</source>
        <translation>O endereço do histórico não informa o usuário do banco de dados (USUARIO@ antes do host).</translation>
    </message>
    <message>
        <source>The history address names no host.</source>
        <translation>O endereço do histórico não informa o host.</translation>
    </message>
    <message>
        <source>The history address names no database (/DATABASE after the host).</source>
        <translation>O endereço do histórico não informa o banco de dados (/BANCO depois do host).</translation>
    </message>
    <message>
        <source>The history address&apos;s option %1 takes 1 or 0, not &quot;%2&quot;.</source>
        <translation>A opção %1 do endereço do histórico aceita 1 ou 0, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The history address has an unknown option &quot;%1&quot; (known: tls, ca).</source>
        <translation>O endereço do histórico tem uma opção desconhecida &quot;%1&quot; (conhecidas: tls, ca).</translation>
    </message>
    <message>
        <source>MariaDB database %1 on %2:%3 (user %4)</source>
        <translation>banco de dados MariaDB %1 em %2:%3 (usuário %4)</translation>
    </message>
    <message>
        <source>PostgreSQL database %1 on %2:%3 (user %4)</source>
        <translation>banco de dados PostgreSQL %1 em %2:%3 (usuário %4)</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este computador</translation>
    </message>
    <message>
        <source>this computer (%1)</source>
        <translation>este computador (%1)</translation>
    </message>
</context>
<context>
    <name>HistorySettingsPage</name>
    <message>
        <source>Every attempt is written to the history before it is sent. A team that shares one database sees each other&apos;s attempts and never sends the same phone twice at once.</source>
        <translation>Cada tentativa é gravada no histórico antes de ser enviada. Uma equipe que compartilha um banco de dados vê as tentativas dos outros e nunca envia o mesmo telefone duas vezes ao mesmo tempo.</translation>
    </message>
    <message>
        <source>This co&amp;mputer (a file, no setup)</source>
        <translation>Este co&amp;mputador (um arquivo, sem configuração)</translation>
    </message>
    <message>
        <source>Sh&amp;ared database on a server (team mode)</source>
        <translation>Banco de dados &amp;compartilhado em um servidor (modo equipe)</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>Database type</source>
        <translation>Tipo de banco de dados</translation>
    </message>
    <message>
        <source>Hos&amp;t:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>db.example.com or 192.0.2.10</source>
        <translation>db.example.com ou 192.0.2.10</translation>
    </message>
    <message>
        <source>Database server host</source>
        <translation>Host do servidor de banco de dados</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>Database server port</source>
        <translation>Porta do servidor de banco de dados</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Banco de dados:</translation>
    </message>
    <message>
        <source>viciprov</source>
        <translation>viciprov</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Nome do banco de dados</translation>
    </message>
    <message>
        <source>Database &amp;user:</source>
        <translation>&amp;Usuário do banco de dados:</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Usuário do banco de dados</translation>
    </message>
    <message>
        <source>Database pass&amp;word:</source>
        <translation>Se&amp;nha do banco de dados:</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Senha do banco de dados</translation>
    </message>
    <message>
        <source>Use T&amp;LS (check the server&apos;s certificate)</source>
        <translation>Usar T&amp;LS (verificar o certificado do servidor)</translation>
    </message>
    <message>
        <source>CA certificate &amp;file:</source>
        <translation>Arquivo do certi&amp;ficado da CA:</translation>
    </message>
    <message>
        <source>Optional; else the system&apos;s certificate authorities</source>
        <translation>Opcional; senão, as autoridades certificadoras do sistema</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Arquivo do certificado da CA</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>P&amp;rocurar…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Escolher o arquivo do certificado da CA</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Connects with the values typed here, without saving them; changes nothing on the server</source>
        <translation>Conecta com os valores digitados aqui, sem salvá-los; não altera nada no servidor</translation>
    </message>
</context>
<context>
    <name>HistoryStartup</name>
    <message>
        <source>No password for this database is kept (%1): type it in Settings…</source>
        <translation>Nenhuma senha deste banco de dados está guardada (%1): digite-a em Configurações…</translation>
    </message>
    <message>
        <source>The history address in the settings is not valid: %1</source>
        <translation>O endereço do histórico nas configurações não é válido: %1</translation>
    </message>
    <message>
        <source>History not available</source>
        <translation>Histórico indisponível</translation>
    </message>
    <message>
        <source>%1

Every attempt is written to the history before it is sent, so nothing can be sent until it is open. Try again once the server is back, correct the history&apos;s address or password in Settings…, or quit.</source>
        <translation>%1

Cada tentativa é gravada no histórico antes de ser enviada, então nada pode ser enviado até que ele esteja aberto. Tente de novo quando o servidor voltar, corrija o endereço ou a senha do histórico em Configurações… ou saia.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Not started: the history could not be opened. %1</source>
        <translation>Não iniciado: não foi possível abrir o histórico. %1</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Could not upgrade the history to version %1: %2</source>
        <translation>Não foi possível atualizar o histórico para a versão %1: %2</translation>
    </message>
    <message>
        <source>The history is not open</source>
        <translation>O histórico não está aberto</translation>
    </message>
    <message>
        <source>The export file is not open for writing</source>
        <translation>O arquivo de exportação não está aberto para gravação</translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Não foi possível gravar a exportação: %1</translation>
    </message>
    <message>
        <source>Could not read the history: %1</source>
        <translation>Não foi possível ler o histórico: %1</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>(na memória)</translation>
    </message>
    <message>
        <source>Could not create the folder %1</source>
        <translation>Não foi possível criar a pasta %1</translation>
    </message>
    <message>
        <source>Could not open the history %1</source>
        <translation>Não foi possível abrir o histórico %1</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt (libqt6sql6-sqlite) is missing</source>
        <translation>falta o driver SQLite do Qt (libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>Could not write to the history</source>
        <translation>Não foi possível gravar no histórico</translation>
    </message>
    <message>
        <source>Could not write to the history %1</source>
        <translation>Não foi possível gravar no histórico %1</translation>
    </message>
    <message>
        <source>The history has no attempt %1</source>
        <translation>O histórico não tem a tentativa %1</translation>
    </message>
    <message>
        <source>Could not read the history</source>
        <translation>Não foi possível ler o histórico</translation>
    </message>
    <message>
        <source>The history would be copied into itself.</source>
        <translation>O histórico seria copiado para ele mesmo.</translation>
    </message>
    <message>
        <source>Could not copy into %1: %2</source>
        <translation>Não foi possível copiar para %1: %2</translation>
    </message>
    <message>
        <source>The history was written by a newer version of the program (schema %1; this version knows %2). Update the program.</source>
        <translation>O histórico foi gravado por uma versão mais nova do programa (esquema %1; esta versão conhece o %2). Atualize o programa.</translation>
    </message>
    <message>
        <source>The database already has a table &quot;attempts&quot; that is not this program&apos;s: give the history a database of its own.</source>
        <translation>O banco de dados já tem uma tabela &quot;attempts&quot; que não é deste programa: dê ao histórico um banco de dados próprio.</translation>
    </message>
    <message>
        <source>Could not open the shared history (%1)</source>
        <translation>Não foi possível abrir o histórico compartilhado (%1)</translation>
    </message>
    <message>
        <source>%1 on %2 (API user %3)</source>
        <translation>%1 em %2 (usuário da API %3)</translation>
    </message>
    <message>
        <source>The shared history (%1) cannot be reached</source>
        <translation>O histórico compartilhado (%1) não pode ser acessado</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>Select an attempt to see its request and reply (passwords removed).</source>
        <translation>Selecione uma tentativa para ver a requisição e a resposta (sem senhas).</translation>
    </message>
    <message>
        <source>&amp;Retry selected</source>
        <translation>&amp;Repetir selecionadas</translation>
    </message>
    <message>
        <source>Copy the selected attempts back to the main window to send them again</source>
        <translation>Copiar as tentativas selecionadas para a janela principal para enviá-las de novo</translation>
    </message>
    <message>
        <source>Resend to re&amp;solve</source>
        <translation>Reenviar para re&amp;solver</translation>
    </message>
    <message>
        <source>Send an attempt with an unknown outcome again: &quot;already exists&quot; then counts as added</source>
        <translation>Enviar de novo uma tentativa de resultado desconhecido: &quot;já existe&quot; passa a contar como adicionado</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Buscar no histórico</translation>
    </message>
    <message>
        <source>Show attempts with outcome</source>
        <translation>Mostrar tentativas com o resultado</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Data inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Data final</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Request and reply of the selected attempt</source>
        <translation>Requisição e resposta da tentativa selecionada</translation>
    </message>
    <message>
        <source>Show attempts on VICIdial system</source>
        <translation>Mostrar tentativas do sistema VICIdial</translation>
    </message>
    <message>
        <source>Search extension, login, name, alias, server, message, batch</source>
        <translation>Buscar ramal, login, nome, alias, servidor, mensagem, lote</translation>
    </message>
    <message>
        <source>Undo &amp;batch…</source>
        <translation>Desfazer &amp;lote…</translation>
    </message>
    <message>
        <source>Delete the phones the selected attempt&apos;s batch added, after showing the list</source>
        <translation>Excluir os telefones que o lote da tentativa selecionada adicionou, depois de mostrar a lista</translation>
    </message>
    <message>
        <source>OS &amp;user:</source>
        <translation>&amp;Usuário do SO:</translation>
    </message>
    <message>
        <source>Show attempts sent by operating-system user</source>
        <translation>Mostrar as tentativas enviadas pelo usuário do sistema operacional</translation>
    </message>
    <message>
        <source>The user logged in on the computer that sent the request</source>
        <translation>O usuário conectado no computador que enviou a solicitação</translation>
    </message>
    <message>
        <source>&amp;Machine:</source>
        <translation>&amp;Máquina:</translation>
    </message>
    <message>
        <source>Show attempts sent from machine</source>
        <translation>Mostrar as tentativas enviadas a partir da máquina</translation>
    </message>
    <message>
        <source>The computer that sent the request</source>
        <translation>O computador que enviou a solicitação</translation>
    </message>
    <message>
        <source>&amp;API user:</source>
        <translation>Usuário da &amp;API:</translation>
    </message>
    <message>
        <source>Show attempts sent as API user</source>
        <translation>Mostrar as tentativas enviadas como usuário da API</translation>
    </message>
    <message>
        <source>The VICIdial user the request was sent as</source>
        <translation>O usuário do VICIdial com que a solicitação foi enviada</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Phones</source>
        <translation>Importar telefones</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Ar&amp;quivo</translation>
    </message>
    <message>
        <source>&amp;Open File...</source>
        <translation>Ab&amp;rir arquivo...</translation>
    </message>
    <message>
        <source>Start from the template: every column with example rows, and a guide to the allowed values.</source>
        <translation>Comece pelo modelo: todas as colunas com linhas de exemplo e um guia dos valores permitidos.</translation>
    </message>
    <message>
        <source>Save CSV &amp;Template...</source>
        <translation>Salvar &amp;modelo CSV...</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Colar</translation>
    </message>
    <message>
        <source>Paste rows copied from Excel or LibreOffice (tab-separated), or CSV text</source>
        <translation>Cole linhas copiadas do Excel ou do LibreOffice (separadas por tabulação) ou texto CSV</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Gerar</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Leitura</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>C&amp;odificação:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>Linha de ca&amp;beçalho:</translation>
    </message>
    <message>
        <source>Quoting: RFC 4180 (&quot;a, b&quot; and &quot;say &quot;&quot;hi&quot;&quot;&quot;)</source>
        <translation>Aspas: RFC 4180 (&quot;a, b&quot; e &quot;diga &quot;&quot;oi&quot;&quot;&quot;)</translation>
    </message>
    <message>
        <source>Stop Reading</source>
        <translation>Parar leitura</translation>
    </message>
    <message>
        <source>Which field each column holds (guessed from the header; change any):</source>
        <translation>Qual campo cada coluna contém (deduzido do cabeçalho; pode mudar qualquer um):</translation>
    </message>
    <message>
        <source>For fields without a column or with an empty cell</source>
        <translation>Para campos sem coluna ou com a célula vazia</translation>
    </message>
    <message>
        <source>Server &amp;IP:</source>
        <translation>&amp;IP do servidor:</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>P&amp;rotocolo:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuso horário:</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Outbound &amp;caller ID:</source>
        <translation>&amp;Bina (identificador de chamadas):</translation>
    </message>
    <message>
        <source>{ext} is replaced by the row&apos;s extension</source>
        <translation>{ext} é substituído pelo ramal da linha</translation>
    </message>
    <message>
        <source>Dial plan number, voicemail box and login = extension</source>
        <translation>Número do plano de discagem, caixa postal e login = ramal</translation>
    </message>
    <message>
        <source>Generate a strong password for each empty one</source>
        <translation>Gerar uma senha forte para cada uma vazia</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>Mostrar só as linhas com &amp;problemas</translation>
    </message>
    <message>
        <source>Red: refused (see tooltip) · Yellow: the server would change it · Blue: written in canonical form</source>
        <translation>Vermelho: recusado (veja a dica) · Amarelo: o servidor o alteraria · Azul: escrito na forma canônica</translation>
    </message>
    <message>
        <source>&amp;Remove Rows</source>
        <translation>&amp;Remover linhas</translation>
    </message>
    <message>
        <source>&quot;Dry Run&quot; shows here what would be sent, without sending anything.</source>
        <translation>&quot;Simulação&quot; mostra aqui o que seria enviado, sem enviar nada.</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>&amp;Simulação</translation>
    </message>
    <message>
        <source>Save Agent &amp;Handout...</source>
        <translation>Salvar &amp;folha para agentes...</translation>
    </message>
    <message>
        <source>A CSV with each phone&apos;s login and passwords, for the agents. It holds secrets.</source>
        <translation>Um CSV com o login e as senhas de cada telefone, para os agentes. Contém segredos.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avançar &gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Pasted rows</source>
        <translation>Linhas coladas</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progresso da leitura</translation>
    </message>
    <message>
        <source>Columns and their fields</source>
        <translation>Colunas e seus campos</translation>
    </message>
    <message>
        <source>F&amp;ull name:</source>
        <translation>&amp;Nome completo:</translation>
    </message>
    <message>
        <source>Phones to send</source>
        <translation>Telefones a enviar</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulação</translation>
    </message>
    <message>
        <source>Type or paste the path of a .csv, .tsv or .txt file (one phone per row) and press Enter</source>
        <translation>Digite ou cole o caminho de um arquivo .csv, .tsv ou .txt (um telefone por linha) e pressione Enter</translation>
    </message>
    <message>
        <source>Show e&amp;xact requests</source>
        <translation>Mostrar requisições e&amp;xatas</translation>
    </message>
    <message>
        <source>The requests as they would be sent, URL-encoded, with the passwords hidden</source>
        <translation>As requisições como seriam enviadas (URL-encoded), com as senhas ocultas</translation>
    </message>
    <message>
        <source>Action for e&amp;very row:</source>
        <translation>Ação para cada &amp;linha:</translation>
    </message>
    <message>
        <source>Action for every row</source>
        <translation>Ação para cada linha</translation>
    </message>
</context>
<context>
    <name>ImportPipeline</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; files up to %3 MB can be imported. Split the list or remove columns that are not needed.</source>
        <translation>%1 tem %2 MB; é possível importar arquivos de até %3 MB. Divida a lista ou remova as colunas desnecessárias.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 tem mais de %2 MB.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linha %1</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 linha %2</translation>
    </message>
    <message>
        <source>%1, column %2: %3</source>
        <translation>%1, coluna %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Update (added earlier)</source>
        <translation>Atualizar (adicionado antes)</translation>
    </message>
    <message>
        <source>Add, or update if it exists</source>
        <translation>Adicionar, ou atualizar se existir</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>This row has %1 fields; the header has %2.</source>
        <translation>Esta linha tem %1 campos; o cabeçalho tem %2.</translation>
    </message>
    <message>
        <source>This row has %1 fields; most rows have %2.</source>
        <translation>Esta linha tem %1 campos; a maioria das linhas tem %2.</translation>
    </message>
    <message>
        <source>Active: &quot;%1&quot; is not Y or N.</source>
        <translation>Ativo: &quot;%1&quot; não é Y nem N.</translation>
    </message>
    <message>
        <source>Extension %1 on %2 was already added (history).</source>
        <translation>O ramal %1 em %2 já foi adicionado (histórico).</translation>
    </message>
    <message>
        <source>Same extension and server as line %1.</source>
        <translation>Mesmo ramal e servidor da linha %1.</translation>
    </message>
    <message>
        <source>Login %1 was already added (history).</source>
        <translation>O login %1 já foi adicionado (histórico).</translation>
    </message>
    <message>
        <source>Same login as line %1.</source>
        <translation>Mesmo login da linha %1.</translation>
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
        <translation>Modo demonstração: você está falando com um simulador embutido neste programa, não com um servidor VICIdial real. As configurações e o histórico ficam separados dos reais.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Filter phones (extension, name, login, server, message)</source>
        <translation>Filtrar telefones (ramal, nome, login, servidor, mensagem)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>&amp;Telefones</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Ferra&amp;mentas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>&amp;Add phone</source>
        <translation>&amp;Adicionar telefone</translation>
    </message>
    <message>
        <source>Send the phone in the form to the server</source>
        <translation>Enviar ao servidor o telefone do formulário</translation>
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
        <translation>Adicionar muitos telefones de um arquivo CSV, de uma colagem ou de um intervalo</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Test credentials</source>
        <translation>&amp;Testar credenciais</translation>
    </message>
    <message>
        <source>Check the server address, the API login and the permission to add phones, without creating anything</source>
        <translation>Verificar o endereço do servidor, o login na API e a permissão para adicionar telefones, sem criar nada</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <source>Every attempt ever made</source>
        <translation>Todas as tentativas já feitas</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>Send the selected failed or unknown phones again</source>
        <translation>Enviar de novo os telefones selecionados com falha ou desconhecidos</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Edit in form</source>
        <translation>&amp;Editar no formulário</translation>
    </message>
    <message>
        <source>Load the phone into the form to fix it and send it again</source>
        <translation>Carregar o telefone no formulário para corrigi-lo e enviá-lo de novo</translation>
    </message>
    <message>
        <source>Show &amp;details…</source>
        <translation>Mostrar &amp;detalhes…</translation>
    </message>
    <message>
        <source>The request and the reply, without passwords</source>
        <translation>A requisição e a resposta, sem senhas</translation>
    </message>
    <message>
        <source>&amp;Copy row</source>
        <translation>&amp;Copiar linha</translation>
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
        <translation>Uma linha de comando que envia a mesma requisição; as senhas aparecem como variáveis do shell</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>Re&amp;mover da lista</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;About Vici Provisioner</source>
        <translation>&amp;Sobre o Vici Provisioner</translation>
    </message>
    <message>
        <source>Show in histor&amp;y</source>
        <translation>E&amp;xibir no histórico</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Dispensar aviso</translation>
    </message>
    <message>
        <source>Filter phones</source>
        <translation>Filtrar telefones</translation>
    </message>
    <message>
        <source>Show phones with status</source>
        <translation>Mostrar telefones com o status</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefones</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guia do usuário</translation>
    </message>
    <message>
        <source>How to set up, add phones, import lists and read the history</source>
        <translation>Como configurar, adicionar telefones, importar listas e ler o histórico</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>The phones this tool created or changed, with their last known state: deactivate, reactivate or delete them</source>
        <translation>Os telefones que esta ferramenta criou ou alterou, com o último estado conhecido: desativá-los, reativá-los ou excluí-los</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Phone &amp;aliases…</source>
        <translation>&amp;Aliases de telefone…</translation>
    </message>
    <message>
        <source>Add, change or delete a phone alias: one agent, one login across several dialer servers</source>
        <translation>Adicionar, alterar ou excluir um alias de telefone: um agente, um único login em vários servidores de discagem</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <source>The server created the phone. It can register in about a minute, once the server has rebuilt its Asterisk configuration.</source>
        <translation>O servidor criou o telefone. Ele poderá se registrar em cerca de um minuto, quando o servidor tiver refeito a configuração do Asterisk.</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>The server changed the phone.</source>
        <translation>O servidor alterou o telefone.</translation>
    </message>
    <message>
        <source>Extension already exists</source>
        <translation>O ramal já existe</translation>
    </message>
    <message>
        <source>This extension already exists on that server (extensions compare without case). Choose another extension, or leave it if it is the phone you meant.</source>
        <translation>Este ramal já existe nesse servidor (os ramais são comparados sem diferenciar maiúsculas). Escolha outro ramal ou deixe-o, se for o telefone que você queria.</translation>
    </message>
    <message>
        <source>Login already exists</source>
        <translation>O login já existe</translation>
    </message>
    <message>
        <source>Another phone in the cluster already uses this login. Logins must be unique across all servers: choose another login.</source>
        <translation>Outro telefone do cluster já usa este login. Os logins precisam ser únicos em todos os servidores: escolha outro login.</translation>
    </message>
    <message>
        <source>Unknown server</source>
        <translation>Servidor desconhecido</translation>
    </message>
    <message>
        <source>The server IP is not a server of this VICIdial cluster. Use the IP shown under Admin &gt; Servers.</source>
        <translation>O IP do servidor não é de um servidor deste cluster VICIdial. Use o IP mostrado em Admin &gt; Servers.</translation>
    </message>
    <message>
        <source>Invalid time zone</source>
        <translation>Fuso horário inválido</translation>
    </message>
    <message>
        <source>The server refused the time zone. Use one of the 33 offsets VICIdial knows, such as -5.00.</source>
        <translation>O servidor recusou o fuso horário. Use um dos 33 deslocamentos que o VICIdial conhece, como -5.00.</translation>
    </message>
    <message>
        <source>Unknown template</source>
        <translation>Modelo desconhecido</translation>
    </message>
    <message>
        <source>The template ID does not exist on the server. Leave it empty or use an existing template.</source>
        <translation>O ID do modelo não existe no servidor. Deixe-o vazio ou use um modelo existente.</translation>
    </message>
    <message>
        <source>Required fields missing</source>
        <translation>Faltam campos obrigatórios</translation>
    </message>
    <message>
        <source>The server found a required field empty or too short after removing characters it does not keep, or the protocol is not IAX2, SIP, Zap or EXTERNAL.</source>
        <translation>O servidor encontrou um campo obrigatório vazio ou curto demais depois de remover os caracteres que não mantém, ou o protocolo não é IAX2, SIP, Zap nem EXTERNAL.</translation>
    </message>
    <message>
        <source>Phone not found</source>
        <translation>Telefone não encontrado</translation>
    </message>
    <message>
        <source>No phone with this extension exists on that server.</source>
        <translation>Não existe nenhum telefone com este ramal nesse servidor.</translation>
    </message>
    <message>
        <source>API login failed</source>
        <translation>Falha no login na API</translation>
    </message>
    <message>
        <source>The API user or password is wrong, or the user is inactive or below level 7. Nothing more was sent: after 10 failed logins the server locks the user for 15 minutes. Check the password in Settings.</source>
        <translation>O usuário ou a senha da API estão errados, ou o usuário está inativo ou abaixo do nível 7. Nada mais foi enviado: após 10 logins com falha o servidor bloqueia o usuário por 15 minutos. Confira a senha em Configurações.</translation>
    </message>
    <message>
        <source>API user locked</source>
        <translation>Usuário da API bloqueado</translation>
    </message>
    <message>
        <source>The server locked the API user after too many failed logins. Wait 15 minutes (or have an admin unlock the user) and check the password before trying again.</source>
        <translation>O servidor bloqueou o usuário da API após logins com falha demais. Aguarde 15 minutos (ou peça a um administrador que o desbloqueie) e confira a senha antes de tentar de novo.</translation>
    </message>
    <message>
        <source>IP address not allowed</source>
        <translation>Endereço IP não permitido</translation>
    </message>
    <message>
        <source>The server does not accept API calls from this computer&apos;s IP address. Add it to the API user&apos;s allowed IP list on the VICIdial side.</source>
        <translation>O servidor não aceita chamadas à API do endereço IP deste computador. Adicione-o à lista de IPs permitidos do usuário da API no VICIdial.</translation>
    </message>
    <message>
        <source>No permission</source>
        <translation>Sem permissão</translation>
    </message>
    <message>
        <source>The API user may not add phones. On the VICIdial side give the user level 8 or more, &quot;Ast Admin Access&quot;, &quot;API Access&quot;, and add_phone (or ALL_FUNCTIONS) in the allowed API functions.</source>
        <translation>O usuário da API não pode adicionar telefones. No VICIdial, dê ao usuário nível 8 ou mais, &quot;Ast Admin Access&quot;, &quot;API Access&quot; e add_phone (ou ALL_FUNCTIONS) nas funções de API permitidas.</translation>
    </message>
    <message>
        <source>Invalid source label</source>
        <translation>Rótulo de origem inválido</translation>
    </message>
    <message>
        <source>The server refused the source label: it needs at least 2 letters or digits. Change it in Settings.</source>
        <translation>O servidor recusou o rótulo de origem: ele precisa de pelo menos 2 letras ou dígitos. Altere-o em Configurações.</translation>
    </message>
    <message>
        <source>Function not available</source>
        <translation>Função não disponível</translation>
    </message>
    <message>
        <source>The server does not know this API function. It may be an old VICIdial version.</source>
        <translation>O servidor não conhece esta função da API. Pode ser uma versão antiga do VICIdial.</translation>
    </message>
    <message>
        <source>Server error (phone may exist)</source>
        <translation>Erro do servidor (o telefone pode existir)</translation>
    </message>
    <message>
        <source>The server failed with an HTTP error, which VICIdial does when its database refuses a statement (for example an apostrophe in the email). The phone may or may not have been created: resend to find out.</source>
        <translation>O servidor falhou com um erro HTTP, o que o VICIdial faz quando o banco de dados recusa um comando (por exemplo, um apóstrofo no e-mail). O telefone pode ou não ter sido criado: reenvie para descobrir.</translation>
    </message>
    <message>
        <source>Unrecognised reply</source>
        <translation>Resposta não reconhecida</translation>
    </message>
    <message>
        <source>The reply is not one the VICIdial API gives. Check that the server URL points at VICIdial (not a login page or proxy).</source>
        <translation>A resposta não é uma das que a API do VICIdial dá. Verifique se a URL do servidor aponta para o VICIdial (e não para uma página de login ou um proxy).</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Servidor inacessível</translation>
    </message>
    <message>
        <source>The request did not reach the server (connection refused, unknown host or certificate refused). Nothing was changed. Check the server URL and the network.</source>
        <translation>A requisição não chegou ao servidor (conexão recusada, host desconhecido ou certificado recusado). Nada foi alterado. Confira a URL do servidor e a rede.</translation>
    </message>
    <message>
        <source>Connection lost (phone may exist)</source>
        <translation>Conexão perdida (o telefone pode existir)</translation>
    </message>
    <message>
        <source>The connection broke after the request was sent. The phone may or may not have been created: resend to find out.</source>
        <translation>A conexão caiu depois que a requisição foi enviada. O telefone pode ou não ter sido criado: reenvie para descobrir.</translation>
    </message>
    <message>
        <source>Timed out (phone may exist)</source>
        <translation>Tempo esgotado (o telefone pode existir)</translation>
    </message>
    <message>
        <source>The server did not answer in time. The phone may or may not have been created: resend to find out.</source>
        <translation>O servidor não respondeu a tempo. O telefone pode ou não ter sido criado: reenvie para descobrir.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Cancelled before it was sent. Nothing was changed.</source>
        <translation>Cancelado antes de ser enviado. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Cancelled while sending (phone may exist)</source>
        <translation>Cancelado durante o envio (o telefone pode existir)</translation>
    </message>
    <message>
        <source>Cancelled after the request had been sent. The phone may or may not have been created: resend to find out.</source>
        <translation>Cancelado depois que a requisição foi enviada. O telefone pode ou não ter sido criado: reenvie para descobrir.</translation>
    </message>
    <message>
        <source>Interrupted (phone may exist)</source>
        <translation>Interrompido (o telefone pode existir)</translation>
    </message>
    <message>
        <source>The program stopped while this request was in flight. The phone may or may not have been created: resend to find out.</source>
        <translation>O programa parou enquanto esta requisição estava em andamento. O telefone pode ou não ter sido criado: reenvie para descobrir.</translation>
    </message>
    <message>
        <source>Two-factor login required</source>
        <translation>Login em dois fatores exigido</translation>
    </message>
    <message>
        <source>The server has two-factor login switched on for this user, which the API cannot answer. Nothing more was sent. On the VICIdial side set the API user&apos;s &quot;Two Factor Override&quot; to DISABLED, or use an API user without two-factor login.</source>
        <translation>O servidor tem o login em dois fatores ativado para este usuário, que a API não consegue responder. Nada mais foi enviado. No VICIdial, defina &quot;Two Factor Override&quot; do usuário de API como DISABLED, ou use um usuário de API sem login em dois fatores.</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Nada a alterar</translation>
    </message>
    <message>
        <source>The server found nothing to change: this VICIdial build does not read any of the fields that were sent (NO UPDATES DEFINED). The phone is as it was.</source>
        <translation>O servidor não encontrou nada a alterar: esta versão do VICIdial não lê nenhum dos campos enviados (NO UPDATES DEFINED). O telefone ficou como estava.</translation>
    </message>
    <message>
        <source>API login or permission refused</source>
        <translation>Login ou permissão de API recusados</translation>
    </message>
    <message>
        <source>This VICIdial build (before 2.8-55) answers a wrong password with a permission error, so either the API password is wrong or the user may not do this. Nothing more was sent. Check the password in Settings (these builds keep only letters and digits of it), and that the user has level 8 or more, &quot;Ast Admin Access&quot; and &quot;API Access&quot;.</source>
        <translation>Esta versão do VICIdial (anterior a 2.8-55) responde a uma senha errada com um erro de permissão, então ou a senha de API está errada ou o usuário não pode fazer isto. Nada mais foi enviado. Verifique a senha nas configurações (estas versões mantêm só as letras e dígitos dela) e se o usuário tem nível 8 ou mais, &quot;Ast Admin Access&quot; e &quot;API Access&quot;.</translation>
    </message>
    <message>
        <source>The API user may not change phones. On the VICIdial side give the user level 8 or more, &quot;Ast Admin Access&quot;, &quot;API Access&quot;, and update_phone (or ALL_FUNCTIONS) in the allowed API functions.</source>
        <translation>O usuário da API não pode alterar telefones. No VICIdial, dê ao usuário nível 8 ou mais, &quot;Ast Admin Access&quot;, &quot;API Access&quot; e update_phone (ou ALL_FUNCTIONS) nas funções de API permitidas.</translation>
    </message>
    <message>
        <source>The API user may not delete phones. Deleting needs &quot;Delete Phones&quot; set to 1 for the user on VICIdial (Admin &gt; Users), besides user level 8, &quot;Ast Admin Access&quot;, &quot;API Access&quot; and update_phone in the allowed API functions. Nothing was deleted by the refused request.</source>
        <translation>O usuário da API não pode excluir telefones. Para excluir, o usuário precisa de &quot;Delete Phones&quot; igual a 1 no VICIdial (Admin &gt; Users), além de nível de usuário 8, &quot;Ast Admin Access&quot;, &quot;API Access&quot; e update_phone nas funções de API permitidas. A solicitação recusada não excluiu nada.</translation>
    </message>
    <message>
        <source>The API user may not manage phone aliases. On the VICIdial side give the user level 8 or more, &quot;Ast Admin Access&quot;, &quot;API Access&quot;, and add_phone_alias and update_phone_alias (or ALL_FUNCTIONS) in the allowed API functions.</source>
        <translation>O usuário da API não pode gerenciar aliases de telefone. No VICIdial, dê ao usuário nível 8 ou mais, &quot;Ast Admin Access&quot;, &quot;API Access&quot;, e add_phone_alias e update_phone_alias (ou ALL_FUNCTIONS) nas funções de API permitidas.</translation>
    </message>
    <message>
        <source>The API user may not delete phone aliases. Deleting needs &quot;Delete Phones&quot; set to 1 for the user on VICIdial (Admin &gt; Users), besides update_phone_alias in the allowed API functions.</source>
        <translation>O usuário da API não pode excluir aliases de telefone. Para excluir, o usuário precisa de &quot;Delete Phones&quot; igual a 1 no VICIdial (Admin &gt; Users), além de update_phone_alias nas funções de API permitidas.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>API password</source>
        <translation>Senha da API</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Lembrar no chaveiro do sistema</translation>
    </message>
</context>
<context>
    <name>PasswordVisibility</name>
    <message>
        <source>Show password</source>
        <translation>Mostrar senha</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Ocultar senha</translation>
    </message>
</context>
<context>
    <name>PhoneField</name>
    <message>
        <source>Extension</source>
        <translation>Ramal</translation>
    </message>
    <message>
        <source>Dial plan number</source>
        <translation>Número do plano de discagem</translation>
    </message>
    <message>
        <source>Voicemail box</source>
        <translation>Caixa postal</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Login password</source>
        <translation>Senha do login</translation>
    </message>
    <message>
        <source>Server IP</source>
        <translation>IP do servidor</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Registration password</source>
        <translation>Senha de registro</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>Outbound caller ID</source>
        <translation>Bina de saída</translation>
    </message>
    <message>
        <source>Phone context</source>
        <translation>Contexto do telefone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Admin user group</source>
        <translation>Grupo de usuários admin</translation>
    </message>
    <message>
        <source>Webphone</source>
        <translation>Webphone</translation>
    </message>
    <message>
        <source>Webphone auto-answer</source>
        <translation>Autoatendimento do webphone</translation>
    </message>
    <message>
        <source>Use external server IP</source>
        <translation>Usar IP externo do servidor</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
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
        <translation>&amp;Ramal:</translation>
    </message>
    <message>
        <source>&amp;Dialplan number:</source>
        <translation>Número de &amp;discagem:</translation>
    </message>
    <message>
        <source>&amp;Voicemail box:</source>
        <translation>&amp;Caixa postal:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Make a strong password from the characters the server keeps</source>
        <translation>Criar uma senha forte com os caracteres que o servidor mantém</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Gerar</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nome completo:</translation>
    </message>
    <message>
        <source>&amp;Server IP:</source>
        <translation>IP do &amp;servidor:</translation>
    </message>
    <message>
        <source>Pr&amp;otocol:</source>
        <translation>Pr&amp;otocolo:</translation>
    </message>
    <message>
        <source>Outbound &amp;CID:</source>
        <translation>&amp;Bina de saída:</translation>
    </message>
    <message>
        <source>add_phone always creates an active phone; an inactive one is switched off right after with update_phone</source>
        <translation>add_phone sempre cria um telefone ativo; um inativo é desativado logo em seguida com update_phone</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>&amp;Mais opções</translation>
    </message>
    <message>
        <source>Phone context:</source>
        <translation>Contexto do telefone:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Admin user group:</source>
        <translation>Grupo de usuários admin:</translation>
    </message>
    <message>
        <source>Webphone:</source>
        <translation>Webphone:</translation>
    </message>
    <message>
        <source>Webphone auto-answer:</source>
        <translation>Autoatendimento do webphone:</translation>
    </message>
    <message>
        <source>Use external server IP:</source>
        <translation>Usar IP externo do servidor:</translation>
    </message>
    <message>
        <source>Template ID:</source>
        <translation>ID do modelo:</translation>
    </message>
    <message>
        <source>On-hook agent:</source>
        <translation>Agente on-hook:</translation>
    </message>
    <message>
        <source>Empty the form but keep server, protocol, time zone and template</source>
        <translation>Esvaziar o formulário, mas manter servidor, protocolo, fuso horário e modelo</translation>
    </message>
    <message>
        <source>Send this phone to the server (Ctrl+Return); the shared fields stay for the next one</source>
        <translation>Enviar este telefone ao servidor (Ctrl+Return); os campos comuns ficam para o próximo</translation>
    </message>
    <message>
        <source>&amp;Add phone</source>
        <translation>&amp;Adicionar telefone</translation>
    </message>
    <message>
        <source>Login pass&amp;word:</source>
        <translation>Senha do lo&amp;gin:</translation>
    </message>
    <message>
        <source>Generate login password</source>
        <translation>Gerar senha do login</translation>
    </message>
    <message>
        <source>Re&amp;gistration password:</source>
        <translation>Sen&amp;ha de registro:</translation>
    </message>
    <message>
        <source>Generate registration password</source>
        <translation>Gerar senha de registro</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuso horário:</translation>
    </message>
    <message>
        <source>Act&amp;ive</source>
        <translation>Ati&amp;vo</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>L&amp;impar</translation>
    </message>
</context>
<context>
    <name>PhoneGenerator</name>
    <message>
        <source>The step must be 1 or more.</source>
        <translation>O passo precisa ser 1 ou mais.</translation>
    </message>
    <message>
        <source>The range is empty: the last number (%1) is below the first (%2).</source>
        <translation>O intervalo está vazio: o último número (%1) é menor que o primeiro (%2).</translation>
    </message>
    <message>
        <source>Give at least one server IP.</source>
        <translation>Informe pelo menos um IP de servidor.</translation>
    </message>
    <message numerus="yes">
        <source>This makes %1 phones (%2 on each of %n server(s)); at most %3 can be made at once.</source>
        <translation>
            <numerusform>Isto cria %1 telefones (%2 em %n servidor); no máximo %3 podem ser criados de uma vez.</numerusform>
            <numerusform>Isto cria %1 telefones (%2 em cada um dos %n servidores); no máximo %3 podem ser criados de uma vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown placeholder %1 in &quot;%2&quot;; use {n}, {ext}, {i} or {server}.</source>
        <translation>Marcador desconhecido %1 em &quot;%2&quot;; use {n}, {ext}, {i} ou {server}.</translation>
    </message>
    <message>
        <source>The extension and login patterns cannot be empty.</source>
        <translation>Os padrões de ramal e de login não podem ficar vazios.</translation>
    </message>
    <message>
        <source>One alias per agent needs two servers or more.</source>
        <translation>Um alias por agente precisa de dois servidores ou mais.</translation>
    </message>
    <message>
        <source>Unknown placeholder %1 in the alias id &quot;%2&quot;; use {n}, {ext} or {i}.</source>
        <translation>Marcador desconhecido %1 no ID do alias &quot;%2&quot;; use {n}, {ext} ou {i}.</translation>
    </message>
    <message>
        <source>The alias id cannot use {server}: one alias serves every server.</source>
        <translation>O ID do alias não pode usar {server}: um alias atende a todos os servidores.</translation>
    </message>
    <message>
        <source>The alias of extension %1 cannot be made: %2</source>
        <translation>O alias do ramal %1 não pode ser criado: %2</translation>
    </message>
    <message>
        <source>The alias id pattern &quot;%1&quot; gives two extensions the same id %2; use {ext} or {n} in it.</source>
        <translation>O padrão de ID de alias &quot;%1&quot; dá a dois ramais o mesmo ID %2; use {ext} ou {n} nele.</translation>
    </message>
</context>
<context>
    <name>PhoneModel</name>
    <message>
        <source>queued</source>
        <translation>na fila</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>added</source>
        <translation>adicionado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
</context>
<context>
    <name>PhoneRules</name>
    <message>
        <source>a space</source>
        <translation>um espaço</translation>
    </message>
    <message>
        <source>the invisible character U+%1</source>
        <translation>o caractere invisível U+%1</translation>
    </message>
    <message>
        <source>the character &quot;%1&quot;</source>
        <translation>o caractere &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>%1: required, but empty.</source>
        <translation>%1: obrigatório, mas vazio.</translation>
    </message>
    <message>
        <source>%1: no digits; at least one is required.</source>
        <translation>%1: sem dígitos; é preciso pelo menos um.</translation>
    </message>
    <message>
        <source>%1: the server would turn the &quot;+&quot; (position %2) into a space.</source>
        <translation>%1: o servidor transformaria o &quot;+&quot; (posição %2) em espaço.</translation>
    </message>
    <message>
        <source>%1: the apostrophe (position %2) makes the server fail (HTTP 500).</source>
        <translation>%1: o apóstrofo (posição %2) faz o servidor falhar (HTTP 500).</translation>
    </message>
    <message>
        <source>%1: %2 (position %3) does not belong in an IPv4 address such as 10.10.10.15.</source>
        <translation>%1: %2 (posição %3) não cabe num endereço IPv4 como 10.10.10.15.</translation>
    </message>
    <message>
        <source>%1: the character at position %2 is not kept by the server; only %3 are kept.</source>
        <translation>%1: o servidor não mantém o caractere da posição %2; só mantém %3.</translation>
    </message>
    <message>
        <source>%1: %2 (position %3) is not kept by the server; only %4 are kept.</source>
        <translation>%1: o servidor não mantém %2 (posição %3); só mantém %4.</translation>
    </message>
    <message>
        <source>Nothing would be left.</source>
        <translation>Não sobraria nada.</translation>
    </message>
    <message>
        <source>The server would store &quot;%1&quot;.</source>
        <translation>O servidor gravaria &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Accented and non-Latin letters are kept only by a server in non-latin mode.</source>
        <translation>Letras acentuadas e não latinas só são mantidas por um servidor em modo non-latin.</translation>
    </message>
    <message numerus="yes">
        <source>%1: too short; at least %n characters.</source>
        <translation>
            <numerusform>%1: curto demais; pelo menos %n caractere.</numerusform>
            <numerusform>%1: curto demais; pelo menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n characters; at most %2.</source>
        <translation>
            <numerusform>%1: %n caractere; no máximo %2.</numerusform>
            <numerusform>%1: %n caracteres; no máximo %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: add_phone refuses PJSIP, although the admin pages offer it; use one of %2.</source>
        <translation>%1: add_phone recusa PJSIP, embora as páginas de administração o ofereçam; use um de %2.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3.</source>
        <translation>%1: &quot;%2&quot; não é um de %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3; the server would ignore it.</source>
        <translation>%1: &quot;%2&quot; não é um de %3; o servidor o ignoraria.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the server&apos;s 33 offsets, such as -5.00 (US Eastern) or 5.50 (India).</source>
        <translation>%1: &quot;%2&quot; não é um dos 33 deslocamentos do servidor, como -5.00 (leste dos EUA) ou 5.50 (Índia).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IPv4 address such as 10.10.10.15.</source>
        <translation>%1: &quot;%2&quot; não é um endereço IPv4 como 10.10.10.15.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has leading zeros; write %3, as the server compares addresses as text.</source>
        <translation>%1: &quot;%2&quot; tem zeros à esquerda; escreva %3, pois o servidor compara os endereços como texto.</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>letras</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espaço</translation>
    </message>
    <message>
        <source>surrounding spaces removed</source>
        <translation>espaços das pontas removidos</translation>
    </message>
    <message>
        <source>written as %1</source>
        <translation>escrito como %1</translation>
    </message>
    <message>
        <source>reduced to digits</source>
        <translation>reduzido a dígitos</translation>
    </message>
    <message>
        <source>written in plain letters without accents (the server keeps only A-Z and a-z)</source>
        <translation>escrito em letras simples sem acentos (o servidor mantém apenas A-Z e a-z)</translation>
    </message>
    <message>
        <source>%1: this server (VICIdial %2) ignores it; it was added in %3 (VICIdial %4). Leave it empty for this server.</source>
        <translation>%1: este servidor (VICIdial %2) o ignora; foi adicionado em %3 (VICIdial %4). Deixe vazio para este servidor.</translation>
    </message>
    <message>
        <source>%1: nothing is left once the characters the server drops are removed; it keeps only %2.</source>
        <translation>%1: não sobra nada depois de remover os caracteres que o servidor descarta; ele só mantém %2.</translation>
    </message>
    <message>
        <source>without %1, as the server would store it (it keeps only %2)</source>
        <translation>sem %1, como o servidor gravaria (ele só mantém %2)</translation>
    </message>
    <message>
        <source>%1 identifies the phone and cannot be changed; delete the phone and add it again.</source>
        <translation>%1 identifica o telefone e não pode ser alterado; exclua o telefone e adicione-o de novo.</translation>
    </message>
    <message>
        <source>%1 cannot be emptied with %2.</source>
        <translation>Não é possível esvaziar %1 com %2.</translation>
    </message>
    <message>
        <source>Login %1 is already used by another phone of this system; the server would accept it twice.</source>
        <translation>O login %1 já é usado por outro telefone deste sistema; o servidor o aceitaria duas vezes.</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>Demo mode: requests go to %1, not to the simulator built into this program. Settings and history are kept apart from your real ones.</source>
        <translation>Modo demonstração: as requisições vão para %1, não para o simulador embutido neste programa. As configurações e o histórico ficam separados dos reais.</translation>
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
        <translation>%1 está vazio</translation>
    </message>
    <message>
        <source>%1 is shorter than 2 characters</source>
        <translation>%1 tem menos de 2 caracteres</translation>
    </message>
    <message>
        <source>protocol %1 is not IAX2, SIP, Zap or EXTERNAL</source>
        <translation>o protocolo %1 não é IAX2, SIP, Zap nem EXTERNAL</translation>
    </message>
    <message>
        <source>no phone fields were sent; the API login and the permission to add phones are good</source>
        <translation>nenhum campo de telefone foi enviado; o login na API e a permissão para adicionar telefones estão certos</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>alias %1</translation>
    </message>
    <message>
        <source>extension %1 on server %2</source>
        <translation>ramal %1 no servidor %2</translation>
    </message>
    <message>
        <source>extension %1 on server %2 deleted</source>
        <translation>ramal %1 no servidor %2 excluído</translation>
    </message>
    <message>
        <source>%1 on server %2</source>
        <translation>%1 no servidor %2</translation>
    </message>
    <message>
        <source>login %1</source>
        <translation>login %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>usuário %1</translation>
    </message>
    <message>
        <source>user %1 may not use the API function %2</source>
        <translation>o usuário %1 não pode usar a função de API %2</translation>
    </message>
    <message>
        <source>user %1 may not add phone aliases</source>
        <translation>o usuário %1 não pode adicionar aliases de telefone</translation>
    </message>
    <message>
        <source>user %1 may not add phones</source>
        <translation>o usuário %1 não pode adicionar telefones</translation>
    </message>
    <message>
        <source>user %1 may not update phones</source>
        <translation>o usuário %1 não pode atualizar telefones</translation>
    </message>
    <message>
        <source>user %1 may not delete phones</source>
        <translation>o usuário %1 não pode excluir telefones</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;</source>
        <translation>origem &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the server answered NO FUNCTION SPECIFIED</source>
        <translation>o servidor respondeu NO FUNCTION SPECIFIED</translation>
    </message>
    <message>
        <source>HTTP %1: the server redirects to %2; use that address in the settings</source>
        <translation>HTTP %1: o servidor redireciona para %2; use esse endereço nas configurações</translation>
    </message>
    <message>
        <source>HTTP %1: the server redirects elsewhere (a login page, or https?); check the server address</source>
        <translation>HTTP %1: o servidor redireciona para outro lugar (uma página de login ou https?); confira o endereço do servidor</translation>
    </message>
    <message>
        <source>HTTP 404: there is no VICIdial API at this address; check the server address</source>
        <translation>HTTP 404: não há uma API do VICIdial neste endereço; confira o endereço do servidor</translation>
    </message>
    <message>
        <source>HTTP %1: the web server asks for a login before the API</source>
        <translation>HTTP %1: o servidor web pede login antes da API</translation>
    </message>
    <message>
        <source>HTTP 403: the web server refuses access to the API</source>
        <translation>HTTP 403: o servidor web recusa o acesso à API</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no complete reply in time</source>
        <translation>nenhuma resposta completa a tempo</translation>
    </message>
    <message>
        <source>HTTP %1 with an empty reply</source>
        <translation>HTTP %1 com uma resposta vazia</translation>
    </message>
    <message>
        <source>the server sent an empty reply</source>
        <translation>o servidor enviou uma resposta vazia</translation>
    </message>
    <message>
        <source>an HTML page instead of an API reply (a login page, a proxy or the wrong address?)</source>
        <translation>uma página HTML em vez de uma resposta da API (uma página de login, um proxy ou o endereço errado?)</translation>
    </message>
    <message>
        <source>unexpected reply &quot;%1&quot;</source>
        <translation>resposta inesperada &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the server sent its version (%1) instead of an answer</source>
        <translation>o servidor enviou sua versão (%1) em vez de uma resposta</translation>
    </message>
    <message>
        <source>the reply was cut off: &quot;%1&quot;</source>
        <translation>a resposta veio cortada: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the server read none of the fields that were sent</source>
        <translation>o servidor não leu nenhum dos campos enviados</translation>
    </message>
    <message>
        <source>VICIdial %1 answers a wrong password this way: check the password of user %2, or the user&apos;s permissions</source>
        <translation>O VICIdial %1 responde assim a uma senha errada: verifique a senha do usuário %2 ou as permissões dele</translation>
    </message>
    <message>
        <source>(The server&apos;s VICIdial version is unknown: before 2.8-55 this is also the answer to a wrong password.)</source>
        <translation>(A versão do VICIdial do servidor é desconhecida: antes da 2.8-55, esta também é a resposta a uma senha errada.)</translation>
    </message>
    <message>
        <source>alias %1 deleted</source>
        <translation>alias %1 excluído</translation>
    </message>
    <message>
        <source>alias %1 does not exist</source>
        <translation>o alias %1 não existe</translation>
    </message>
    <message>
        <source>user %1 may not update phone aliases</source>
        <translation>o usuário %1 não pode atualizar aliases de telefone</translation>
    </message>
    <message>
        <source>user %1 may not delete phone aliases (the VICIdial user setting &quot;Delete Phones&quot; grants it)</source>
        <translation>o usuário %1 não pode excluir aliases de telefone (a configuração de usuário &quot;Delete Phones&quot; do VICIdial permite isso)</translation>
    </message>
</context>
<context>
    <name>ResumeBatchDialog</name>
    <message>
        <source>Continue an Interrupted Batch</source>
        <translation>Continuar um lote interrompido</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Rows to show</source>
        <translation>Linhas a mostrar</translation>
    </message>
    <message>
        <source>Rows of the batch</source>
        <translation>Linhas do lote</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>E&amp;xportar relatório…</translation>
    </message>
    <message>
        <source>Save every row with its state and message as CSV (no passwords)</source>
        <translation>Salvar cada linha com o estado e a mensagem em CSV (sem senhas)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Do not offer this batch again (its history stays)</source>
        <translation>Não oferecer este lote de novo (o histórico dele é mantido)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Mais &amp;tarde</translation>
    </message>
    <message>
        <source>Ask again at the next start</source>
        <translation>Perguntar de novo na próxima inicialização</translation>
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
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>%1 (build %2)</source>
        <translation>%1 (build %2)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Conexão</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Endereço do servidor:</translation>
    </message>
    <message>
        <source>dialer.example.com or https://dialer.example.com/vicidial/</source>
        <translation>dialer.example.com ou https://dialer.example.com/vicidial/</translation>
    </message>
    <message>
        <source>API &amp;user:</source>
        <translation>&amp;Usuário da API:</translation>
    </message>
    <message>
        <source>API &amp;password:</source>
        <translation>&amp;Senha da API:</translation>
    </message>
    <message>
        <source>&amp;Source label:</source>
        <translation>Rótulo de &amp;origem:</translation>
    </message>
    <message>
        <source>A label for the server&apos;s API log; letters and digits, at least 2</source>
        <translation>Um rótulo para o log da API do servidor; letras e dígitos, pelo menos 2</translation>
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
        <translation>&amp;Testar credenciais</translation>
    </message>
    <message>
        <source>Checks the address, the login and the permission to add phones; creates nothing</source>
        <translation>Verifica o endereço, o login e a permissão para adicionar telefones; não cria nada</translation>
    </message>
    <message>
        <source>&amp;New phones</source>
        <translation>&amp;Novos telefones</translation>
    </message>
    <message>
        <source>Values a new phone starts with in the form and in imports.</source>
        <translation>Valores com que um novo telefone começa no formulário e nas importações.</translation>
    </message>
    <message>
        <source>&amp;Server IP:</source>
        <translation>IP do &amp;servidor:</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protocolo:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuso horário:</translation>
    </message>
    <message>
        <source>T&amp;emplate ID:</source>
        <translation>ID do &amp;modelo:</translation>
    </message>
    <message>
        <source>server default: default</source>
        <translation>padrão do servidor: default</translation>
    </message>
    <message>
        <source>&amp;Admin user group:</source>
        <translation>&amp;Grupo de usuários admin:</translation>
    </message>
    <message>
        <source>server default: ---ALL---</source>
        <translation>padrão do servidor: ---ALL---</translation>
    </message>
    <message>
        <source>Ce&amp;rtificates</source>
        <translation>Ce&amp;rtificados</translation>
    </message>
    <message>
        <source>Certificates trusted although they fail verification (for a server with a self-signed certificate). One SHA-256 fingerprint per line; the credential test shows the fingerprint of a certificate it refused.</source>
        <translation>Certificados confiáveis mesmo sem passar na verificação (para um servidor com certificado autoassinado). Uma impressão digital SHA-256 por linha; o teste de credenciais mostra a impressão digital de um certificado que recusou.</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>Interf&amp;ace</translation>
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
        <translation>O novo idioma será usado na próxima vez que o programa iniciar.</translation>
    </message>
    <message>
        <source>Letters and digits, at least 2</source>
        <translation>Letras e dígitos, pelo menos 2</translation>
    </message>
    <message>
        <source>Re&amp;quests at once:</source>
        <translation>Re&amp;quisições simultâneas:</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>Tempo &amp;limite:</translation>
    </message>
    <message>
        <source>Server runs in non-&amp;latin mode (keeps letters of any script)</source>
        <translation>O ser&amp;vidor roda em modo non-latin (mantém letras de qualquer alfabeto)</translation>
    </message>
    <message>
        <source>Phone conte&amp;xt:</source>
        <translation>Conte&amp;xto do telefone:</translation>
    </message>
    <message>
        <source>Trusted certificate fingerprints</source>
        <translation>Impressões digitais de certificados confiáveis</translation>
    </message>
    <message>
        <source>One SHA-256 fingerprint per line</source>
        <translation>Uma impressão digital SHA-256 por linha</translation>
    </message>
    <message>
        <source>S&amp;ystem name:</source>
        <translation>Nome do s&amp;istema:</translation>
    </message>
    <message>
        <source>Optional, e.g. Production or Staging</source>
        <translation>Opcional, por ex. Produção ou Homologação</translation>
    </message>
    <message>
        <source>Your name for this VICIdial system, shown in the status bar, batches and history</source>
        <translation>Seu nome para este sistema VICIdial, exibido na barra de status, nos lotes e no histórico</translation>
    </message>
    <message>
        <source>History, batches and phones are kept per VICIdial system (this address): what was added on one system never counts on another.</source>
        <translation>Histórico, lotes e telefones são mantidos por sistema VICIdial (este endereço): o que foi adicionado em um sistema nunca conta em outro.</translation>
    </message>
</context>
<context>
    <name>SystemBuilds</name>
    <message>
        <source>VICIdial version not read yet</source>
        <translation>Versão do VICIdial ainda não lida</translation>
    </message>
    <message>
        <source>reading the VICIdial version...</source>
        <translation>lendo a versão do VICIdial...</translation>
    </message>
    <message>
        <source>VICIdial %1</source>
        <translation>VICIdial %1</translation>
    </message>
    <message>
        <source>VICIdial version unknown (%1): following the rules of the newest build</source>
        <translation>Versão do VICIdial desconhecida (%1): seguindo as regras do build mais recente</translation>
    </message>
    <message>
        <source>the server did not answer the version request in time</source>
        <translation>o servidor não respondeu a tempo à requisição de versão</translation>
    </message>
    <message>
        <source>the version request failed: %1</source>
        <translation>a requisição de versão falhou: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the server names its version &quot;%1&quot;, which is not a VICIdial build this program knows</source>
        <translation>o servidor informa a versão &quot;%1&quot;, que não é um build do VICIdial que este programa conheça</translation>
    </message>
    <message>
        <source>the server&apos;s answer to the version request has no version line</source>
        <translation>a resposta do servidor à requisição de versão não tem linha de versão</translation>
    </message>
    <message>
        <source>VICIdial %1 has no %2 (it came with VICIdial %3, 2011).</source>
        <translation>O VICIdial %1 não tem %2 (veio com o VICIdial %3, 2011).</translation>
    </message>
    <message>
        <source>A phone cannot be added inactive there: add it active, or upgrade the server.</source>
        <translation>Lá não é possível adicionar um telefone inativo: adicione-o ativo ou atualize o servidor.</translation>
    </message>
    <message>
        <source>VICIdial %1 ignores %2: it was added in %3 (VICIdial %4).</source>
        <translation>O VICIdial %1 ignora %2: esse campo foi incluído em %3 (VICIdial %4).</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>This looks like an Excel or OpenDocument workbook, not a CSV file. Save it as CSV (comma or semicolon separated) and open that file.</source>
        <translation>Isto parece uma pasta de trabalho do Excel ou OpenDocument, não um arquivo CSV. Salve-a como CSV (separado por vírgula ou ponto e vírgula) e abra esse arquivo.</translation>
    </message>
    <message>
        <source>This looks like an old Excel workbook (.xls), not a CSV file. Save it as CSV and open that file.</source>
        <translation>Isto parece uma pasta de trabalho antiga do Excel (.xls), não um arquivo CSV. Salve-a como CSV e abra esse arquivo.</translation>
    </message>
    <message>
        <source>This looks like a binary file, not CSV text.</source>
        <translation>Isto parece um arquivo binário, não texto CSV.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; invalid bytes were replaced by �. Try Windows-1252 if names look wrong.</source>
        <translation>O arquivo não é UTF-8 válido; os bytes inválidos foram substituídos por �. Tente Windows-1252 se os nomes aparecerem errados.</translation>
    </message>
    <message>
        <source>The UTF-16 file has an odd number of bytes; the last byte was ignored.</source>
        <translation>O arquivo UTF-16 tem um número ímpar de bytes; o último byte foi ignorado.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-16; invalid characters were replaced by �.</source>
        <translation>O arquivo não é UTF-16 válido; os caracteres inválidos foram substituídos por �.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 com BOM</translation>
    </message>
</context>
<context>
    <name>TimeZones</name>
    <message>
        <source>Chatham Islands</source>
        <translation>Ilhas Chatham</translation>
    </message>
    <message>
        <source>New Zealand, Fiji</source>
        <translation>Nova Zelândia, Fiji</translation>
    </message>
    <message>
        <source>Solomon Islands, New Caledonia</source>
        <translation>Ilhas Salomão, Nova Caledônia</translation>
    </message>
    <message>
        <source>Australia Eastern, Guam</source>
        <translation>Austrália Oriental, Guam</translation>
    </message>
    <message>
        <source>Australia Central</source>
        <translation>Austrália Central</translation>
    </message>
    <message>
        <source>Japan, Korea</source>
        <translation>Japão, Coreia</translation>
    </message>
    <message>
        <source>China, Singapore, Australia Western</source>
        <translation>China, Singapura, Austrália Ocidental</translation>
    </message>
    <message>
        <source>Thailand, Vietnam, Western Indonesia</source>
        <translation>Tailândia, Vietnã, Indonésia Ocidental</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Mianmar</translation>
    </message>
    <message>
        <source>Bangladesh, Kyrgyzstan</source>
        <translation>Bangladesh, Quirguistão</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <source>India, Sri Lanka</source>
        <translation>Índia, Sri Lanka</translation>
    </message>
    <message>
        <source>Pakistan, Uzbekistan</source>
        <translation>Paquistão, Uzbequistão</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afeganistão</translation>
    </message>
    <message>
        <source>United Arab Emirates, Oman</source>
        <translation>Emirados Árabes Unidos, Omã</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Irã</translation>
    </message>
    <message>
        <source>Moscow, Saudi Arabia, East Africa</source>
        <translation>Moscou, Arábia Saudita, África Oriental</translation>
    </message>
    <message>
        <source>Eastern Europe, Egypt, South Africa</source>
        <translation>Europa Oriental, Egito, África do Sul</translation>
    </message>
    <message>
        <source>Central Europe, West Africa</source>
        <translation>Europa Central, África Ocidental</translation>
    </message>
    <message>
        <source>UTC, United Kingdom, Portugal</source>
        <translation>UTC, Reino Unido, Portugal</translation>
    </message>
    <message>
        <source>Azores, Cape Verde</source>
        <translation>Açores, Cabo Verde</translation>
    </message>
    <message>
        <source>South Georgia</source>
        <translation>Geórgia do Sul</translation>
    </message>
    <message>
        <source>Brazil (Brasilia), Argentina</source>
        <translation>Brasil (Brasília), Argentina</translation>
    </message>
    <message>
        <source>Newfoundland</source>
        <translation>Terra Nova</translation>
    </message>
    <message>
        <source>Atlantic, Puerto Rico</source>
        <translation>Atlântico, Porto Rico</translation>
    </message>
    <message>
        <source>US Eastern</source>
        <translation>Leste dos EUA</translation>
    </message>
    <message>
        <source>US Central, Mexico City</source>
        <translation>Centro dos EUA, Cidade do México</translation>
    </message>
    <message>
        <source>US Mountain</source>
        <translation>Montanhas dos EUA</translation>
    </message>
    <message>
        <source>US Pacific</source>
        <translation>Pacífico dos EUA</translation>
    </message>
    <message>
        <source>Alaska</source>
        <translation>Alasca</translation>
    </message>
    <message>
        <source>Hawaii</source>
        <translation>Havaí</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Samoa Americana</translation>
    </message>
    <message>
        <source>Baker Island</source>
        <translation>Ilha Baker</translation>
    </message>
</context>
<context>
    <name>UndoPlanner</name>
    <message>
        <source>This history has no batch %1.</source>
        <translation>Este histórico não tem o lote %1.</translation>
    </message>
    <message>
        <source>Batch %1 was sent to %2 (%3), not to %4. Nothing is deleted on a system the batch did not add to; to undo it, give that system&apos;s address.</source>
        <translation>O lote %1 foi enviado para %2 (%3), não para %4. Nada é excluído em um sistema ao qual o lote não adicionou; para desfazê-lo, informe o endereço desse sistema.</translation>
    </message>
    <message>
        <source>Batch %1 added no phones: there is nothing to undo.</source>
        <translation>O lote %1 não adicionou ramais: não há nada a desfazer.</translation>
    </message>
    <message>
        <source>Undo of %1</source>
        <translation>Desfazer %1</translation>
    </message>
</context>
<context>
    <name>vp::AboutDialog</name>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation>Licença Pública Geral GNU (GPL), versão 3 ou posterior</translation>
    </message>
    <message>
        <source>kept in memory only, gone when the program closes</source>
        <translation>só na memória; apagada quando o programa fecha</translation>
    </message>
    <message>
        <source>Vici Provisioner icon</source>
        <translation>Ícone do Vici Provisioner</translation>
    </message>
    <message>
        <source>Vici Provisioner %1</source>
        <translation>Vici Provisioner %1</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilado com %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY; the Licence tab has the full text.</source>
        <translation>Este programa é software livre: você pode redistribuí-lo e/ou modificá-lo sob os termos da Licença Pública Geral GNU (GPL), conforme publicada pela Free Software Foundation, na versão 3 da Licença ou (a seu critério) qualquer versão posterior. Ele é distribuído SEM NENHUMA GARANTIA; a aba Licença tem o texto completo.</translation>
    </message>
</context>
<context>
    <name>vp::AliasDialog</name>
    <message>
        <source>Aliases on the VICIdial system &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Aliases no sistema VICIdial &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Phone Aliases on %1</source>
        <translation>Aliases de telefone em %1</translation>
    </message>
    <message>
        <source>This tool has added no phones on this system yet; type the logins.</source>
        <translation>Esta ferramenta ainda não adicionou telefones neste sistema; digite os logins.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone login(s) known on this system; typing offers them.</source>
        <translation>
            <numerusform>%n login de telefone conhecido neste sistema; ele é sugerido ao digitar.</numerusform>
            <numerusform>%n logins de telefone conhecidos neste sistema; eles são sugeridos ao digitar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nada foi enviado.</translation>
    </message>
    <message>
        <source>Delete Alias</source>
        <translation>Excluir alias</translation>
    </message>
    <message>
        <source>Delete the alias %1 from %2? The agent then no longer logs in with it; the phones stay. It cannot be undone.</source>
        <translation>Excluir o alias %1 de %2? O agente não poderá mais entrar com ele; os telefones permanecem. Não é possível desfazer.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Nada foi excluído.</translation>
    </message>
    <message>
        <source>There is no connection to %1 in this session: choose it in the settings first. Nothing was sent.</source>
        <translation>Não há conexão com %1 nesta sessão: escolha-o primeiro nas configurações. Nada foi enviado.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviado: %1</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Enviando para %1…</translation>
    </message>
    <message>
        <source>Added: the alias %1 (%2) on %3 with the logins %4.</source>
        <translation>Adicionado: o alias %1 (%2) em %3 com os logins %4.</translation>
    </message>
    <message>
        <source>Deleted: the alias %1 is gone from %2; its phones stay.</source>
        <translation>Excluído: o alias %1 não existe mais em %2; seus telefones permanecem.</translation>
    </message>
    <message>
        <source>Changed: the alias %1 on %2.</source>
        <translation>Alterado: o alias %1 em %2.</translation>
    </message>
    <message>
        <source>Not added: %2 already has an alias %1 (ids compare without case). Use Change to give it another name or other logins, or choose another id.</source>
        <translation>Não adicionado: %2 já tem um alias %1 (IDs são comparados sem diferenciar maiúsculas). Use Alterar para dar outro nome ou outros logins, ou escolha outro ID.</translation>
    </message>
    <message>
        <source>Not done: %2 has no alias %1. Check the id, or add it with Add.</source>
        <translation>Não feito: %2 não tem o alias %1. Verifique o ID ou adicione-o com Adicionar.</translation>
    </message>
    <message>
        <source>Not done: no phone on %2 has the login %1. Add that phone first, or correct the login; nothing was changed.</source>
        <translation>Não feito: nenhum telefone em %2 tem o login %1. Adicione esse telefone primeiro ou corrija o login; nada foi alterado.</translation>
    </message>
    <message>
        <source>Refused by the server: %1. Nothing was changed.</source>
        <translation>Recusado pelo servidor: %1. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Not deleted: the API user may not delete phone aliases (%1). In VICIdial, Admin &gt; Users &gt; this user, set &quot;Delete Phones&quot; (delete_phones) to 1. Sending stopped; it starts again with the next request you confirm.</source>
        <translation>Não excluído: o usuário da API não pode excluir aliases de telefone (%1). No VICIdial, em Admin &gt; Users &gt; este usuário, defina &quot;Delete Phones&quot; (delete_phones) como 1. O envio parou; ele recomeça com a próxima solicitação que você confirmar.</translation>
    </message>
    <message>
        <source>Refused: %1. In VICIdial, Admin &gt; Users &gt; this user needs user level 8 or more, &quot;Ast Admin Access&quot;, &quot;API Access&quot;, and %2 (or ALL_FUNCTIONS) in the allowed API functions. Sending stopped.</source>
        <translation>Recusado: %1. No VICIdial, em Admin &gt; Users, este usuário precisa de nível de usuário 8 ou mais, &quot;Ast Admin Access&quot;, &quot;API Access&quot; e %2 (ou ALL_FUNCTIONS) nas funções de API permitidas. O envio parou.</translation>
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
        <translation>O %1 contém &quot;%2&quot;, que o VICIdial remove; use letras, dígitos e os caracteres que ele mantém.</translation>
    </message>
    <message>
        <source>The alias id must be 2 to %1 characters long.</source>
        <translation>O ID do alias precisa ter de 2 a %1 caracteres.</translation>
    </message>
    <message>
        <source>alias id</source>
        <translation>ID do alias</translation>
    </message>
    <message>
        <source>A new alias needs a name and at least one phone login.</source>
        <translation>Um alias novo precisa de um nome e de pelo menos um login de telefone.</translation>
    </message>
    <message>
        <source>Nothing to change: give a new name or new logins for the alias.</source>
        <translation>Nada a alterar: informe um nome novo ou logins novos para o alias.</translation>
    </message>
    <message>
        <source>The alias name must be 2 to %1 characters long.</source>
        <translation>O nome do alias precisa ter de 2 a %1 caracteres.</translation>
    </message>
    <message>
        <source>alias name</source>
        <translation>nome do alias</translation>
    </message>
    <message>
        <source>An empty phone login is in the list of logins.</source>
        <translation>A lista de logins contém um login de telefone vazio.</translation>
    </message>
    <message>
        <source>phone login %1</source>
        <translation>login de telefone %1</translation>
    </message>
    <message>
        <source>The phone logins must be at least 2 characters long.</source>
        <translation>Os logins de telefone precisam ter pelo menos 2 caracteres.</translation>
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
        <translation>alias %1: não enviado (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Aliases of the batch: %n added.</source>
        <translation>
            <numerusform>Aliases do lote: %n adicionado.</numerusform>
            <numerusform>Aliases do lote: %n adicionados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the server: %1.</source>
        <translation>Recusados pelo servidor: %1.</translation>
    </message>
    <message>
        <source>Not sent, because a phone of theirs was not added: %1.</source>
        <translation>Não enviados, porque um de seus telefones não foi adicionado: %1.</translation>
    </message>
</context>
<context>
    <name>vp::BatchPanel</name>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Prosseguir</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>This batch could not be recorded for continuing after a crash (%1). It is sent anyway; history records every attempt.</source>
        <translation>Não foi possível registrar este lote para continuar após uma falha do programa (%1). Ele é enviado mesmo assim; o histórico registra cada tentativa.</translation>
    </message>
    <message>
        <source>Batch finished</source>
        <translation>Lote concluído</translation>
    </message>
    <message>
        <source>Batch running</source>
        <translation>Lote em andamento</translation>
    </message>
    <message>
        <source>Paused: nothing new is sent.</source>
        <translation>Pausado: nada novo é enviado.</translation>
    </message>
    <message>
        <source>Another batch is still running: continue this one when it has finished (it is offered again at the next start).</source>
        <translation>Outro lote ainda está em andamento: continue este quando aquele terminar (ele será oferecido de novo na próxima inicialização).</translation>
    </message>
    <message>
        <source>The batch could not be read: %1</source>
        <translation>Não foi possível ler o lote: %1</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>linha %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Continuing batch &quot;%1&quot;: %n row(s) sent again</source>
        <translation>
            <numerusform>Continuando o lote &quot;%1&quot;: %n linha enviada de novo</numerusform>
            <numerusform>Continuando o lote &quot;%1&quot;: %n linhas enviadas de novo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them had no definite answer and are checked (&quot;already exists&quot; then counts as added)</source>
        <translation>
            <numerusform>%n delas não teve resposta definitiva e é verificada (&quot;já existe&quot; passa a contar como adicionado)</numerusform>
            <numerusform>%n delas não tiveram resposta definitiva e são verificadas (&quot;já existe&quot; passa a contar como adicionado)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already added</source>
        <translation>
            <numerusform>%n já adicionada</numerusform>
            <numerusform>%n já adicionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed row(s) listed to fix and retry</source>
        <translation>
            <numerusform>%n linha com falha listada para corrigir e repetir</numerusform>
            <numerusform>%n linhas com falha listadas para corrigir e repetir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New passwords were made for %n row(s): the first ones were not kept (no keychain). Save the agent handout when the batch ends.</source>
        <translation>
            <numerusform>Novas senhas foram criadas para %n linha: as primeiras não foram guardadas (sem chaveiro). Salve a folha para agentes quando o lote terminar.</numerusform>
            <numerusform>Novas senhas foram criadas para %n linhas: as primeiras não foram guardadas (sem chaveiro). Salve a folha para agentes quando o lote terminar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passwords of %n row(s) were not kept (no keychain): import &quot;%1&quot; again to send them; the phones already added are recognised from history. Rows: %2</source>
        <translation>
            <numerusform>As senhas de %n linha não foram guardadas (sem chaveiro): importe &quot;%1&quot; de novo para enviá-la; os telefones já adicionados são reconhecidos pelo histórico. Linhas: %2</numerusform>
            <numerusform>As senhas de %n linhas não foram guardadas (sem chaveiro): importe &quot;%1&quot; de novo para enviá-las; os telefones já adicionados são reconhecidos pelo histórico. Linhas: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviado</translation>
    </message>
    <message>
        <source>There is nothing to report for this batch.</source>
        <translation>Não há nada a relatar sobre este lote.</translation>
    </message>
    <message>
        <source>Export Batch Report</source>
        <translation>Exportar relatório do lote</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report saved to %1: %2</source>
        <translation>Relatório salvo em %1: %2</translation>
    </message>
    <message>
        <source>Save Agent Handout</source>
        <translation>Salvar folha para agentes</translation>
    </message>
    <message>
        <source>The handout lists the login password and registration password of every phone this batch added, in plain text. Anyone who reads the file can register as these phones.

The file is made readable by you only. Hand it out over a safe channel and delete it afterwards.

Save it?</source>
        <translation>A folha lista a senha do login e a senha de registro de cada telefone que este lote adicionou, em texto puro. Qualquer pessoa que ler o arquivo pode se registrar como esses telefones.

O arquivo fica legível só para você. Entregue-o por um canal seguro e apague-o depois.

Salvar?</translation>
    </message>
    <message>
        <source>No added phone of this batch has a password this program still holds.</source>
        <translation>Nenhum telefone adicionado por este lote tem uma senha que este programa ainda guarde.</translation>
    </message>
    <message numerus="yes">
        <source>Handout with %n phone(s) saved to %1 (readable by you only).</source>
        <translation>
            <numerusform>Folha com %n telefone salva em %1 (legível só para você).</numerusform>
            <numerusform>Folha com %n telefones salva em %1 (legível só para você).</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, their password on the server is not known here: %1</source>
        <translation>Deixados de fora, pois a senha deles no servidor não é conhecida aqui: %1</translation>
    </message>
    <message>
        <source>The batch was not continued; it is offered again at the next start.</source>
        <translation>O lote não foi continuado; ele será oferecido de novo na próxima inicialização.</translation>
    </message>
    <message>
        <source>Batch finished on %1</source>
        <translation>Lote concluído em %1</translation>
    </message>
    <message>
        <source>Batch running on %1</source>
        <translation>Lote em andamento em %1</translation>
    </message>
    <message>
        <source>Sending is stopped after a login or permission error: %1</source>
        <translation>O envio está parado após um erro de login ou de permissão: %1</translation>
    </message>
    <message>
        <source>the API user %1 on %2, and the settings now use %3</source>
        <translation>o usuário de API %1 em %2, e as configurações agora usam %3</translation>
    </message>
    <message>
        <source>%1 (API user %2), and the settings now point at %3</source>
        <translation>%1 (usuário de API %2), e as configurações agora apontam para %3</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>nenhum servidor</translation>
    </message>
    <message>
        <source>Batch of another system</source>
        <translation>Lote de outro sistema</translation>
    </message>
    <message>
        <source>Batch &quot;%1&quot; was sent to %2.

Continue it on %3? Its rows are sent there only, never to the system in the settings.</source>
        <translation>O lote &quot;%1&quot; foi enviado para %2.

Continuar em %3? Suas linhas são enviadas somente para lá, nunca para o sistema das configurações.</translation>
    </message>
    <message>
        <source>Another batch is still running: wait for it to finish, or cancel it.</source>
        <translation>Outro lote ainda está em andamento: espere terminar ou cancele-o.</translation>
    </message>
    <message numerus="yes">
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(mais %n aguardando)</numerusform>
            <numerusform>(mais %n aguardando)</numerusform>
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
        <translation>Ativo (Y/N)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Coluna %1</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(oculto)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primeiros valores</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>Enviado como</translation>
    </message>
    <message>
        <source>Both passwords (phone_pass and registration_password)</source>
        <translation>As duas senhas (phone_pass e registration_password)</translation>
    </message>
</context>
<context>
    <name>vp::CredentialCheck</name>
    <message>
        <source>Server reachable</source>
        <translation>Servidor acessível</translation>
    </message>
    <message>
        <source>API login</source>
        <translation>Login na API</translation>
    </message>
    <message>
        <source>Permission to add phones</source>
        <translation>Permissão para adicionar telefones</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Asking the server for its version...</source>
        <translation>Perguntando a versão ao servidor...</translation>
    </message>
    <message>
        <source>VICIdial %1, build %2.</source>
        <translation>VICIdial %1, build %2.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (SHA-256 %1).</source>
        <translation>O certificado do servidor não é confiável (SHA-256 %1).</translation>
    </message>
    <message>
        <source>If this is your server&apos;s self-signed certificate, trust it in Settings.</source>
        <translation>Se este for o certificado autoassinado do seu servidor, marque-o como confiável em Configurações.</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>Sem resposta em %1 segundos.</translation>
    </message>
    <message>
        <source>Check the server URL, that the server is running, and any firewall between.</source>
        <translation>Confira a URL do servidor, se o servidor está rodando e qualquer firewall no caminho.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Não foi possível conectar: %1</translation>
    </message>
    <message>
        <source>Check the server URL (host name, http or https, port) and the network.</source>
        <translation>Confira a URL do servidor (nome do host, http ou https, porta) e a rede.</translation>
    </message>
    <message>
        <source>The server answered 404: there is no VICIdial API at this address.</source>
        <translation>O servidor respondeu 404: não há uma API do VICIdial neste endereço.</translation>
    </message>
    <message>
        <source>The answer is not VICIdial&apos;s: %1</source>
        <translation>A resposta não é do VICIdial: %1</translation>
    </message>
    <message>
        <source>Use the address of the VICIdial web server, e.g. https://dialer.example.com (the app adds /vicidial/non_agent_api.php).</source>
        <translation>Use o endereço do servidor web do VICIdial, p. ex. https://dialer.example.com (o aplicativo acrescenta /vicidial/non_agent_api.php).</translation>
    </message>
    <message>
        <source>Logging in as %1...</source>
        <translation>Entrando como %1...</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>Conectado como %1.</translation>
    </message>
    <message>
        <source>This user may add phones.</source>
        <translation>Este usuário pode adicionar telefones.</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>O servidor recusou o usuário ou a senha.</translation>
    </message>
    <message>
        <source>Check the API user and password. The server keeps only letters, digits, - and _ of a password, the user must be active with user level 7 or more. This test is not repeated by itself: after 10 failed logins the user is locked for 15 minutes.</source>
        <translation>Confira o usuário e a senha da API. O servidor só mantém letras, dígitos, - e _ de uma senha; o usuário precisa estar ativo e ter nível 7 ou mais. Este teste não se repete sozinho: após 10 logins com falha o usuário fica bloqueado por 15 minutos.</translation>
    </message>
    <message>
        <source>The user is locked after too many failed logins.</source>
        <translation>O usuário está bloqueado após logins com falha demais.</translation>
    </message>
    <message>
        <source>Wait 15 minutes, or have an administrator reset the user&apos;s failed login count, then check the password before testing again.</source>
        <translation>Aguarde 15 minutos ou peça a um administrador que zere a contagem de logins com falha do usuário; depois confira a senha antes de testar de novo.</translation>
    </message>
    <message>
        <source>The server does not accept API calls from this computer&apos;s address.</source>
        <translation>O servidor não aceita chamadas à API do endereço deste computador.</translation>
    </message>
    <message>
        <source>On VICIdial, add this computer&apos;s IP address to the user&apos;s API allowed IP list (Admin &gt; Users &gt; API Allowed IP List).</source>
        <translation>No VICIdial, adicione o endereço IP deste computador à lista de IPs permitidos para a API do usuário (Admin &gt; Users &gt; API Allowed IP List).</translation>
    </message>
    <message>
        <source>add_phone is not among this user&apos;s allowed API functions.</source>
        <translation>add_phone não está entre as funções de API permitidas a este usuário.</translation>
    </message>
    <message>
        <source>On VICIdial, edit the user and add add_phone (or ALL_FUNCTIONS) to &quot;API Allowed Functions&quot;.</source>
        <translation>No VICIdial, edite o usuário e adicione add_phone (ou ALL_FUNCTIONS) em &quot;API Allowed Functions&quot;.</translation>
    </message>
    <message>
        <source>This user may not add phones.</source>
        <translation>Este usuário não pode adicionar telefones.</translation>
    </message>
    <message>
        <source>On VICIdial, give the user level 8 or more, &quot;Ast Admin Access&quot; = 1 and &quot;API Access&quot; = 1.</source>
        <translation>No VICIdial, dê ao usuário nível 8 ou mais, &quot;Ast Admin Access&quot; = 1 e &quot;API Access&quot; = 1.</translation>
    </message>
    <message>
        <source>The server refused the source label.</source>
        <translation>O servidor recusou o rótulo de origem.</translation>
    </message>
    <message>
        <source>Set a source label of at least 2 letters or digits in Settings.</source>
        <translation>Defina em Configurações um rótulo de origem com pelo menos 2 letras ou dígitos.</translation>
    </message>
    <message>
        <source>Check the server URL and try again; the answer did not come from the VICIdial API as expected.</source>
        <translation>Confira a URL do servidor e tente de novo; a resposta não veio da API do VICIdial como esperado.</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>Não verificado.</translation>
    </message>
    <message>
        <source>VICIdial %1, build %2: too old for add_phone.</source>
        <translation>VICIdial %1, build %2: antigo demais para add_phone.</translation>
    </message>
    <message>
        <source>add_phone came with VICIdial 2.4-27 (2011); upgrade the server.</source>
        <translation>add_phone veio com o VICIdial 2.4-27 (2011); atualize o servidor.</translation>
    </message>
    <message>
        <source>This build has no update_phone (it came with 2.4-37): phones cannot be deactivated from here.</source>
        <translation>Este build não tem update_phone (veio com 2.4-37): os telefones não podem ser desativados daqui.</translation>
    </message>
    <message>
        <source>VICIdial %1 refused: the password is wrong or the user may not add phones (builds before 2.8-55 do not tell them apart).</source>
        <translation>O VICIdial %1 recusou: a senha está errada ou o usuário não pode adicionar telefones (builds anteriores a 2.8-55 não distinguem os dois).</translation>
    </message>
    <message>
        <source>Check the API password (these builds keep only its letters and digits), and that the user has level 8 or more, &quot;Ast Admin Access&quot; = 1 and &quot;API Access&quot; = 1.</source>
        <translation>Verifique a senha de API (estes builds mantêm só as letras e dígitos dela) e se o usuário tem nível 8 ou mais, &quot;Ast Admin Access&quot; = 1 e &quot;API Access&quot; = 1.</translation>
    </message>
    <message>
        <source>The server asks this user for a two-factor login, which the API cannot give.</source>
        <translation>O servidor pede a este usuário um login em dois fatores, que a API não consegue dar.</translation>
    </message>
    <message>
        <source>On VICIdial, set the API user&apos;s &quot;Two Factor Override&quot; to DISABLED, or use an API user without two-factor login.</source>
        <translation>No VICIdial, defina &quot;Two Factor Override&quot; do usuário de API como DISABLED, ou use um usuário de API sem login em dois fatores.</translation>
    </message>
    <message>
        <source>Check that the server is a VICIdial with the non-agent API&apos;s add_phone function.</source>
        <translation>Verifique se o servidor é um VICIdial com a função add_phone da API não-agente.</translation>
    </message>
    <message>
        <source>The server names its version &quot;%1&quot;, which this program does not know: following the rules of the newest VICIdial build.</source>
        <translation>O servidor informa a versão &quot;%1&quot;, que este programa não conhece: seguindo as regras do build mais recente do VICIdial.</translation>
    </message>
    <message>
        <source>The server refused: the password is wrong or the user may not add phones (its VICIdial version is unknown, and builds before 2.8-55 do not tell them apart).</source>
        <translation>O servidor recusou: a senha está errada ou o usuário não pode adicionar telefones (a versão do VICIdial dele é desconhecida, e builds anteriores a 2.8-55 não distinguem os dois).</translation>
    </message>
    <message>
        <source>Check the API password, and that the user has level 8 or more, &quot;Ast Admin Access&quot; = 1 and &quot;API Access&quot; = 1.</source>
        <translation>Verifique a senha de API e se o usuário tem nível 8 ou mais, &quot;Ast Admin Access&quot; = 1 e &quot;API Access&quot; = 1.</translation>
    </message>
    <message>
        <source>The server did not answer the login check within %1 seconds.</source>
        <translation>O servidor não respondeu à verificação de login em %1 segundos.</translation>
    </message>
    <message>
        <source>The server failed with HTTP %1 while checking the login.</source>
        <translation>O servidor falhou com HTTP %1 ao verificar o login.</translation>
    </message>
    <message>
        <source>Could not connect for the login check: %1</source>
        <translation>Não foi possível conectar para verificar o login: %1</translation>
    </message>
    <message>
        <source>The connection broke before the server answered the login check.</source>
        <translation>A conexão caiu antes que o servidor respondesse à verificação de login.</translation>
    </message>
    <message>
        <source>Nothing was created. Look in the web server&apos;s error log, then run the test again.</source>
        <translation>Nada foi criado. Veja o log de erros do servidor web e depois execute o teste de novo.</translation>
    </message>
    <message>
        <source>Nothing was created. Run the test again; if it fails again, check the network between this computer and the server (a proxy or firewall).</source>
        <translation>Nada foi criado. Execute o teste de novo; se falhar outra vez, confira a rede entre este computador e o servidor (um proxy ou firewall).</translation>
    </message>
    <message>
        <source>Permission to change phones</source>
        <translation>Permissão para alterar telefones</translation>
    </message>
    <message>
        <source>Permission to delete phones</source>
        <translation>Permissão para excluir telefones</translation>
    </message>
    <message>
        <source>VICIdial %1 has no update_phone (it came with 2.4-37): phones cannot be changed, deactivated or deleted through its API.</source>
        <translation>O VICIdial %1 não tem update_phone (veio com 2.4-37): os telefones não podem ser alterados, desativados nem excluídos pela API dele.</translation>
    </message>
    <message>
        <source>Upgrade the server to change phones from here.</source>
        <translation>Atualize o servidor para alterar telefones daqui.</translation>
    </message>
    <message>
        <source>Asking whether %1 may change phones...</source>
        <translation>Perguntando se %1 pode alterar telefones...</translation>
    </message>
    <message>
        <source>This user may change, deactivate and reactivate phones.</source>
        <translation>Este usuário pode alterar, desativar e reativar telefones.</translation>
    </message>
    <message>
        <source>update_phone is not among this user&apos;s allowed API functions: phones can be added but not changed, deactivated or deleted.</source>
        <translation>update_phone não está entre as funções de API permitidas a este usuário: é possível adicionar telefones, mas não alterá-los, desativá-los nem excluí-los.</translation>
    </message>
    <message>
        <source>On VICIdial, edit the user and add update_phone (or ALL_FUNCTIONS) to &quot;API Allowed Functions&quot;.</source>
        <translation>No VICIdial, edite o usuário e adicione update_phone (ou ALL_FUNCTIONS) em &quot;API Allowed Functions&quot;.</translation>
    </message>
    <message>
        <source>This user may not change phones.</source>
        <translation>Este usuário não pode alterar telefones.</translation>
    </message>
    <message>
        <source>No answer to the change check.</source>
        <translation>Sem resposta à verificação de alteração.</translation>
    </message>
    <message>
        <source>Nothing was changed. Run the test again.</source>
        <translation>Nada foi alterado. Execute o teste de novo.</translation>
    </message>
    <message>
        <source>Not testable without deleting a phone. Deleting needs the API user&apos;s &quot;Delete Phones&quot; set to 1 on VICIdial (Admin &gt; Users); without it a delete is refused and nothing is lost.</source>
        <translation>Não é possível testar sem excluir um telefone. Para excluir, o usuário da API precisa ter &quot;Delete Phones&quot; definido como 1 no VICIdial (Admin &gt; Users); sem isso, a exclusão é recusada e nada se perde.</translation>
    </message>
</context>
<context>
    <name>vp::CredentialCheckView</name>
    <message>
        <source>passed</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>verificando…</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>não verificado</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <source>Nothing is created by this test.</source>
        <translation>Este teste não cria nada.</translation>
    </message>
    <message>
        <source>The test found a problem; see the step marked with a cross.</source>
        <translation>O teste encontrou um problema; veja a etapa marcada com um X.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. If you know it is the right server, add this fingerprint in the settings: %1</source>
        <translation>O certificado do servidor não é confiável. Se você sabe que é o servidor certo, adicione esta impressão digital nas configurações: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>O que fazer: %1</translation>
    </message>
    <message>
        <source>All good: this user may add and change phones on this server.</source>
        <translation>Tudo certo: este usuário pode adicionar e alterar telefones neste servidor.</translation>
    </message>
    <message>
        <source>This user may add phones on this server, but not change them; see the step marked with a cross.</source>
        <translation>Este usuário pode adicionar telefones neste servidor, mas não alterá-los; veja a etapa marcada com um X.</translation>
    </message>
</context>
<context>
    <name>vp::CredentialTestDialog</name>
    <message>
        <source>Server: %1
API user: %2</source>
        <translation>Servidor: %1
Usuário da API: %2</translation>
    </message>
    <message>
        <source>Set the server address and the API user in the settings first.</source>
        <translation>Primeiro defina o endereço do servidor e o usuário da API nas configurações.</translation>
    </message>
</context>
<context>
    <name>vp::DesktopApp</name>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation>Não foi possível iniciar o simulador de demonstração: %1</translation>
    </message>
    <message>
        <source>The demo history could not be opened: %1</source>
        <translation>Não foi possível abrir o histórico de demonstração: %1</translation>
    </message>
    <message>
        <source>Creates phone extensions on a VICIdial server through its non-agent API.</source>
        <translation>Cria ramais em um servidor VICIdial pela API non-agent.</translation>
    </message>
    <message>
        <source>Try the program against a built-in simulator; nothing real is touched.</source>
        <translation>Experimentar o programa com um simulador embutido; nada real é tocado.</translation>
    </message>
    <message>
        <source>Save pictures of the windows to DIR and quit.</source>
        <translation>Salvar imagens das janelas em DIR e sair.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Demo simulator</source>
        <translation>Simulador de demonstração</translation>
    </message>
</context>
<context>
    <name>vp::DetailsDialog</name>
    <message>
        <source>(not sent yet)</source>
        <translation>(ainda não enviado)</translation>
    </message>
    <message>
        <source>(no reply)</source>
        <translation>(sem resposta)</translation>
    </message>
</context>
<context>
    <name>vp::EditPhoneDialog</name>
    <message>
        <source>Edit phone %1</source>
        <translation>Editar telefone %1</translation>
    </message>
    <message>
        <source>Only the fields you change are sent. The extension and server IP identify the phone. The passwords are not kept by this program: leave them empty to keep them, or type or generate new ones. Type %1 to empty a field that allows it.</source>
        <translation>Só os campos que você alterar são enviados. O ramal e o IP do servidor identificam o telefone. Este programa não guarda as senhas: deixe-as vazias para mantê-las, ou digite ou gere novas. Digite %1 para esvaziar um campo que permita.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(não registrado)</translation>
    </message>
    <message>
        <source>(not set: server default %1)</source>
        <translation>(não definido: padrão do servidor %1)</translation>
    </message>
    <message>
        <source>Identifies the phone; delete it and add it again to change it.</source>
        <translation>Identifica o telefone; para mudá-lo, exclua o telefone e adicione-o de novo.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sem alteração</translation>
    </message>
    <message>
        <source>The server refused the change: %1</source>
        <translation>O servidor recusou a alteração: %1</translation>
    </message>
    <message>
        <source>Nothing changed: change a field or press Cancel.</source>
        <translation>Nada mudou: altere um campo ou clique em Cancelar.</translation>
    </message>
</context>
<context>
    <name>vp::GeneratorWidget</name>
    <message numerus="yes">
        <source>%n phone(s): extensions %1 to %2, logins %3 to %4, names &quot;%5&quot; to &quot;%6&quot;. Each gets its own generated passwords.</source>
        <translation>
            <numerusform>%n telefone: ramais %1 a %2, logins %3 a %4, nomes &quot;%5&quot; a &quot;%6&quot;. Cada um recebe suas próprias senhas geradas.</numerusform>
            <numerusform>%n telefones: ramais %1 a %2, logins %3 a %4, nomes &quot;%5&quot; a &quot;%6&quot;. Cada um recebe suas próprias senhas geradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>For each extension a phone alias whose logins are its phones on every server, sent after the phones were added</source>
        <translation>Para cada ramal, um alias de telefone cujos logins são seus telefones em todos os servidores, enviado depois que os telefones forem adicionados</translation>
    </message>
    <message>
        <source>Needs two servers or more: an alias joins an agent&apos;s phones on several servers</source>
        <translation>Precisa de dois servidores ou mais: um alias une os telefones de um agente em vários servidores</translation>
    </message>
    <message numerus="yes">
        <source>Then %n alias(es), %1 to %2, each over its extension&apos;s %3 logins, once those phones were added.</source>
        <translation>
            <numerusform>Depois %n alias, de %1 a %2, sobre os %3 logins do seu ramal, assim que esses telefones forem adicionados.</numerusform>
            <numerusform>Depois %n aliases, de %1 a %2, cada um sobre os %3 logins do seu ramal, assim que esses telefones forem adicionados.</numerusform>
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
        <translation>Não se sabe se este telefone foi criado. Selecione-o e escolha &quot;Reenviar para resolver&quot;.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Ramal</translation>
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
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <source>Server IP</source>
        <translation>IP do servidor</translation>
    </message>
    <message>
        <source>%1 (not recognised)</source>
        <translation>%1 (não reconhecida)</translation>
    </message>
    <message>
        <source>The server&apos;s VICIdial build was not known when this request went.</source>
        <translation>O build do VICIdial do servidor não era conhecido quando esta requisição foi enviada.</translation>
    </message>
    <message>
        <source>VICIdial build</source>
        <translation>Build do VICIdial</translation>
    </message>
    <message>
        <source>The alias&apos;s logins were not changed by this request.</source>
        <translation>Esta solicitação não alterou os logins do alias.</translation>
    </message>
    <message>
        <source>Phone logins sent: %1</source>
        <translation>Logins de telefone enviados: %1</translation>
    </message>
    <message>
        <source>Alias id</source>
        <translation>ID do alias</translation>
    </message>
    <message>
        <source>Alias name</source>
        <translation>Nome do alias</translation>
    </message>
    <message>
        <source>Not recorded: an older version of the program sent this request.</source>
        <translation>Não registrado: uma versão anterior do programa enviou esta solicitação.</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>Usuário do SO</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Máquina</translation>
    </message>
    <message>
        <source>API user</source>
        <translation>Usuário da API</translation>
    </message>
</context>
<context>
    <name>vp::HistorySettingsDialog</name>
    <message>
        <source>History Settings</source>
        <translation>Configurações do histórico</translation>
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
        <translation>Onde a senha é guardada: %1. Ela nunca é gravada nas configurações.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Arquivo: %1</translation>
    </message>
    <message>
        <source>The saved history address is not valid: %1</source>
        <translation>O endereço salvo do histórico não é válido: %1</translation>
    </message>
    <message>
        <source>A password is stored; type here to replace it</source>
        <translation>Há uma senha guardada; digite aqui para substituí-la</translation>
    </message>
    <message>
        <source>In use now: %1. A change here is used from the next start of the program.</source>
        <translation>Em uso agora: %1. Uma alteração aqui vale a partir do próximo início do programa.</translation>
    </message>
    <message>
        <source>CA certificate of the database server</source>
        <translation>Certificado da CA do servidor de banco de dados</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Host: type the name or address of the database server.</source>
        <translation>Servidor: digite o nome ou o endereço do servidor de banco de dados.</translation>
    </message>
    <message>
        <source>Host: only the server&apos;s name or address, without a scheme, user, path or spaces (e.g. db.example.com or 192.0.2.10).</source>
        <translation>Servidor: somente o nome ou o endereço do servidor, sem esquema, usuário, caminho ou espaços (ex.: db.example.com ou 192.0.2.10).</translation>
    </message>
    <message>
        <source>Database: type the name of the database that holds the history (e.g. viciprov).</source>
        <translation>Banco de dados: digite o nome do banco de dados que guarda o histórico (ex.: viciprov).</translation>
    </message>
    <message>
        <source>Database: a name without spaces or the characters / ? # @.</source>
        <translation>Banco de dados: um nome sem espaços nem os caracteres / ? # @.</translation>
    </message>
    <message>
        <source>Database user: type the user the program logs in as.</source>
        <translation>Usuário do banco de dados: digite o usuário com que o programa se conecta.</translation>
    </message>
    <message>
        <source>Database user: a name without spaces or the characters / ? # @.</source>
        <translation>Usuário do banco de dados: um nome sem espaços nem os caracteres / ? # @.</translation>
    </message>
    <message>
        <source>CA certificate file: %1 is not a file this program can read.</source>
        <translation>Arquivo do certificado da CA: %1 não é um arquivo que este programa consiga ler.</translation>
    </message>
    <message>
        <source>For MariaDB and MySQL, &quot;localhost&quot; means the server&apos;s local socket and the port is not used; type 127.0.0.1 to connect to the port.</source>
        <translation>No MariaDB e no MySQL, &quot;localhost&quot; significa o socket local do servidor e a porta não é usada; digite 127.0.0.1 para conectar pela porta.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Testando a conexão com %1…</translation>
    </message>
    <message>
        <source>Connected: the history can be kept there.</source>
        <translation>Conectado: o histórico pode ser guardado lá.</translation>
    </message>
    <message>
        <source>Server %1.</source>
        <translation>Servidor %1.</translation>
    </message>
    <message>
        <source>The database is empty: the program creates its tables at its next start.</source>
        <translation>O banco de dados está vazio: o programa cria suas tabelas no próximo início.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Não conectado: %1</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Teste cancelado.</translation>
    </message>
</context>
<context>
    <name>vp::HistoryWindow</name>
    <message>
        <source>All outcomes</source>
        <translation>Todos os resultados</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Matching attempts: %1</source>
        <translation>Tentativas encontradas: %1</translation>
    </message>
    <message>
        <source>%1 %2 by %3 at %4</source>
        <translation>%1 %2 por %3 em %4</translation>
    </message>
    <message>
        <source>Started %1, %2</source>
        <translation>Iniciado %1, %2</translation>
    </message>
    <message>
        <source>took %1 ms</source>
        <translation>levou %1 ms</translation>
    </message>
    <message>
        <source>never finished</source>
        <translation>nunca terminou</translation>
    </message>
    <message>
        <source>Outcome: %1 (HTTP %2). %3</source>
        <translation>Resultado: %1 (HTTP %2). %3</translation>
    </message>
    <message>
        <source>&quot;Already exists&quot; was taken as added after an unknown outcome: check this phone on the server.</source>
        <translation>&quot;Já existe&quot; foi considerado adicionado após um resultado desconhecido: confira este telefone no servidor.</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Requisição:</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>Resposta:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar histórico</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>Todos os sistemas</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Qualquer um</translation>
    </message>
    <message>
        <source>Sent by: not recorded (an older version of the program sent it)</source>
        <translation>Enviado por: não registrado (uma versão anterior do programa o enviou)</translation>
    </message>
    <message>
        <source>Sent by %1 on %2, as API user %3</source>
        <translation>Enviado por %1 em %2, como usuário da API %3</translation>
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
        <translation>A primeira linha é o cabeçalho</translation>
    </message>
    <message>
        <source>No header row</source>
        <translation>Sem linha de cabeçalho</translation>
    </message>
    <message>
        <source>Checking the rows... %1%</source>
        <translation>Verificando as linhas... %1%</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Open Phone List</source>
        <translation>Abrir lista de telefones</translation>
    </message>
    <message>
        <source>Phone lists (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Listas de telefones (*.csv *.tsv *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Save CSV Template</source>
        <translation>Salvar modelo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>Não foi possível salvar o modelo: %1</translation>
    </message>
    <message>
        <source>Saved %1 and the field guide %2.</source>
        <translation>Salvos %1 e o guia de campos %2.</translation>
    </message>
    <message>
        <source>Reading stopped.</source>
        <translation>Leitura interrompida.</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, %2-separated, %3; %n column(s), </source>
        <translation>
            <numerusform>Lido como %1, separado por %2, %3; %n coluna, </numerusform>
            <numerusform>Lido como %1, separado por %2, %3; %n colunas, </numerusform>
        </translation>
    </message>
    <message>
        <source>header on line %1</source>
        <translation>cabeçalho na linha %1</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>sem linha de cabeçalho</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n linha.</numerusform>
            <numerusform>%n linhas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only one column was found: it can only give the extensions, and everything else comes from the defaults on the next page. If the file has more columns, choose its delimiter.</source>
        <translation>Só foi encontrada uma coluna: ela só pode dar os ramais, e todo o resto vem dos padrões da próxima página. Se o arquivo tem mais colunas, escolha o delimitador.</translation>
    </message>
    <message>
        <source>Generated phones: every column is already known.</source>
        <translation>Telefones gerados: todas as colunas já são conhecidas.</translation>
    </message>
    <message>
        <source>Which field each column holds (guessed from the header; change any):</source>
        <translation>Qual campo cada coluna contém (deduzido do cabeçalho; pode mudar qualquer um):</translation>
    </message>
    <message>
        <source>Checking stopped.</source>
        <translation>Verificação interrompida.</translation>
    </message>
    <message>
        <source>. Rows with problems are not sent: fix a cell by double-clicking it, or remove the row.</source>
        <translation>. As linhas com problemas não são enviadas: corrija uma célula com um clique duplo ou remova a linha.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) will be sent to %1 as API user &quot;%2&quot;.</source>
        <translation>
            <numerusform>%n telefone será enviado para %1 como usuário da API &quot;%2&quot;.</numerusform>
            <numerusform>%n telefones serão enviados para %1 como usuário da API &quot;%2&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems will be skipped.</source>
        <translation>
            <numerusform>%n linha com problemas será ignorada.</numerusform>
            <numerusform>%n linhas com problemas serão ignoradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>(Demo: the simulated server.)</source>
        <translation>(Demonstração: o servidor simulado.)</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was sent. %n request(s) would go to %1 (%2), at most %3 at a time:</source>
        <translation>
            <numerusform>Simulação: nada foi enviado. %n requisição iria para %1 (%2), no máximo %3 por vez:</numerusform>
            <numerusform>Simulação: nada foi enviado. %n requisições iriam para %1 (%2), no máximo %3 por vez:</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1:</source>
        <translation>Linha %1:</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... e mais %n.</numerusform>
            <numerusform>... e mais %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems would be skipped.</source>
        <translation>
            <numerusform>%n linha com problemas seria ignorada.</numerusform>
            <numerusform>%n linhas com problemas seriam ignoradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Agent Handout</source>
        <translation>Salvar folha para agentes</translation>
    </message>
    <message>
        <source>Send Phones</source>
        <translation>Enviar telefones</translation>
    </message>
    <message numerus="yes">
        <source>Create %n phone(s) on the server now?</source>
        <translation>
            <numerusform>Criar agora %n telefone no servidor?</numerusform>
            <numerusform>Criar agora %n telefones no servidor?</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated range</source>
        <translation>Intervalo gerado</translation>
    </message>
    <message>
        <source>Pasted list</source>
        <translation>Lista colada</translation>
    </message>
    <message>
        <source>The handout lists every phone&apos;s login password and registration password in plain text. Anyone who reads the file can register as these phones.

It is made before sending, so it also lists phones the server may refuse; after the batch, &quot;Agent handout&quot; in the main window lists only the phones added.

The file is made readable by you only. Hand it out over a safe channel and delete it afterwards.

Save it?</source>
        <translation>A folha lista a senha do login e a senha de registro de cada telefone em texto puro. Qualquer pessoa que ler o arquivo pode se registrar como esses telefones.

Ela é feita antes do envio, então também lista telefones que o servidor pode recusar; depois do lote, &quot;Folha para agentes&quot; na janela principal lista só os telefones adicionados.

O arquivo fica legível só para você. Entregue-o por um canal seguro e apague-o depois.

Salvar?</translation>
    </message>
    <message>
        <source>No value and no default for: %1. Rows without them are refused in the preview.</source>
        <translation>Sem valor e sem padrão para: %1. As linhas sem eles são recusadas na prévia.</translation>
    </message>
    <message>
        <source>%1: generated with the range.</source>
        <translation>%1: gerada com o intervalo.</translation>
    </message>
    <message>
        <source>%1: from column &quot;%2&quot;; empty cells get a generated password.</source>
        <translation>%1: da coluna &quot;%2&quot;; as células vazias recebem uma senha gerada.</translation>
    </message>
    <message>
        <source>%1: from column &quot;%2&quot;; rows with an empty cell are refused.</source>
        <translation>%1: da coluna &quot;%2&quot;; as linhas com a célula vazia são recusadas.</translation>
    </message>
    <message>
        <source>%1: generated for every row (no column gives it).</source>
        <translation>%1: gerada para cada linha (nenhuma coluna a fornece).</translation>
    </message>
    <message>
        <source>To use column &quot;%1&quot; for both passwords, choose &quot;%2&quot; for it.</source>
        <translation>Para usar a coluna &quot;%1&quot; para as duas senhas, escolha &quot;%2&quot; para ela.</translation>
    </message>
    <message>
        <source>Generated passwords (cells marked &quot;generated&quot;): %1 login, %2 registration. Save the agent handout to give them to the agents.</source>
        <translation>Senhas geradas (células marcadas como &quot;gerada&quot;): %1 do login, %2 de registro. Salve a folha para agentes para entregá-las aos agentes.</translation>
    </message>
    <message>
        <source>Add phones</source>
        <translation>Adicionar telefones</translation>
    </message>
    <message>
        <source>Add, or update the phones that exist</source>
        <translation>Adicionar, ou atualizar os telefones que existem</translation>
    </message>
    <message>
        <source>Switch off the listed phones</source>
        <translation>Desativar os telefones da lista</translation>
    </message>
    <message>
        <source>Delete the listed phones</source>
        <translation>Excluir os telefones da lista</translation>
    </message>
    <message>
        <source>A phone whose extension already exists on its server is updated with the row&apos;s fields (passwords too, when the row gives them); the others are added. Each row must suit both.</source>
        <translation>Um telefone cujo ramal já existe no servidor é atualizado com os campos da linha (as senhas também, quando a linha as traz); os outros são adicionados. Cada linha precisa servir para os dois casos.</translation>
    </message>
    <message>
        <source>Only the extension and server IP are read; every listed phone is switched off (it stays on the server and can be switched on again).</source>
        <translation>Só o ramal e o IP do servidor são lidos; cada telefone da lista é desativado (ele continua no servidor e pode ser ativado de novo).</translation>
    </message>
    <message>
        <source>Only the extension and server IP are read; every listed phone is deleted from the server. This cannot be undone.</source>
        <translation>Só o ramal e o IP do servidor são lidos; cada telefone da lista é excluído do servidor. Não é possível desfazer.</translation>
    </message>
    <message numerus="yes">
        <source>Add or update %n phone(s) on %1 now?</source>
        <translation>
            <numerusform>Adicionar ou atualizar %n telefone em %1 agora?</numerusform>
            <numerusform>Adicionar ou atualizar %n telefones em %1 agora?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switch off %n phone(s) on %1 now?</source>
        <translation>
            <numerusform>Desativar %n telefone em %1 agora?</numerusform>
            <numerusform>Desativar %n telefones em %1 agora?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phone(s) from %1? This cannot be undone: the phones and their settings are removed from VICIdial.</source>
        <translation>
            <numerusform>Excluir %n telefone de %1? Não é possível desfazer: o telefone e suas configurações são removidos do VICIdial.</numerusform>
            <numerusform>Excluir %n telefones de %1? Não é possível desfazer: os telefones e suas configurações são removidos do VICIdial.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Then %n alias(es), each as soon as all its phones were added.</source>
        <translation>
            <numerusform>Depois %n alias, assim que todos os seus telefones forem adicionados.</numerusform>
            <numerusform>Depois %n aliases, cada um assim que todos os seus telefones forem adicionados.</numerusform>
        </translation>
    </message>
    <message>
        <source>A phone that already exists is then sent update_phone with the same fields.</source>
        <translation>Um telefone que já existe recebe então update_phone com os mesmos campos.</translation>
    </message>
    <message>
        <source>Each request also carries function=%3, the API user &quot;%1&quot;, its password and source=%2. &quot;Show exact requests&quot; shows them as sent (passwords hidden).</source>
        <translation>Cada solicitação também leva function=%3, o usuário da API &quot;%1&quot;, sua senha e source=%2. &quot;Mostrar solicitações exatas&quot; as mostra como enviadas (senhas ocultas).</translation>
    </message>
    <message numerus="yes">
        <source>Then %n alias(es), each once its phones were added.</source>
        <translation>
            <numerusform>Depois %n alias, assim que seus telefones forem adicionados.</numerusform>
            <numerusform>Depois %n aliases, cada um assim que seus telefones forem adicionados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vp::ImportFieldDelegate</name>
    <message>
        <source>Field for column %1</source>
        <translation>Campo da coluna %1</translation>
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
        <translation>Já adicionado</translation>
    </message>
    <message>
        <source>Duplicate of line %1</source>
        <translation>Duplicata da linha %1</translation>
    </message>
    <message>
        <source>Ready (warning)</source>
        <translation>Pronto (aviso)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>The server would store &quot;%1&quot;.</source>
        <translation>O servidor gravaria &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Sent as &quot;%1&quot;.</source>
        <translation>Enviado como &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>valor faltando</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>curto demais</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>longo demais</translation>
    </message>
    <message>
        <source>character the server would remove</source>
        <translation>caractere que o servidor removeria</translation>
    </message>
    <message>
        <source>value not in the allowed list</source>
        <translation>valor fora da lista permitida</translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>valor inválido</translation>
    </message>
    <message>
        <source>duplicate in the list</source>
        <translation>duplicado na lista</translation>
    </message>
    <message>
        <source>already added (history)</source>
        <translation>já adicionado (histórico)</translation>
    </message>
    <message>
        <source>row warning</source>
        <translation>aviso de linha</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n linha: </numerusform>
            <numerusform>%n linhas: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready, </source>
        <translation>
            <numerusform>%n pronta, </numerusform>
            <numerusform>%n prontas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n com problemas</numerusform>
            <numerusform>%n com problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>field this server&apos;s build ignores</source>
        <translation>campo que o build deste servidor ignora</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>gerada</translation>
    </message>
    <message>
        <source>Generated: a new random password (this row gave none). The agent handout lists it.</source>
        <translation>Gerada: uma nova senha aleatória (esta linha não trazia nenhuma). A folha para agentes a inclui.</translation>
    </message>
    <message>
        <source>From the list.</source>
        <translation>Da lista.</translation>
    </message>
    <message numerus="yes">
        <source>%1: generated in %n row(s), from the list in the others.</source>
        <translation>
            <numerusform>%1: gerada em %n linha, da lista nas demais.</numerusform>
            <numerusform>%1: gerada em %n linhas, da lista nas demais.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vp::KeychainSecretStore</name>
    <message>
        <source>system keychain</source>
        <translation>chaveiro do sistema</translation>
    </message>
    <message>
        <source>this session only (no keychain available)</source>
        <translation>só nesta sessão (nenhum chaveiro disponível)</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): the password is kept for this session only.</source>
        <translation>O chaveiro do sistema não está disponível (%1): a senha fica guardada só nesta sessão.</translation>
    </message>
    <message>
        <source>Could not remove the password from the system keychain (%1).</source>
        <translation>Não foi possível remover a senha do chaveiro do sistema (%1).</translation>
    </message>
</context>
<context>
    <name>vp::MainWindow</name>
    <message>
        <source>The server&apos;s certificate was refused (%1). If it is the right server, trust this fingerprint in Settings &gt; Certificates: %2</source>
        <translation>O certificado do servidor foi recusado (%1). Se for o servidor certo, marque como confiável esta impressão digital em Configurações &gt; Certificados: %2</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <source>No server set</source>
        <translation>Nenhum servidor definido</translation>
    </message>
    <message>
        <source>No API user</source>
        <translation>Sem usuário da API</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Usuário: %1</translation>
    </message>
    <message>
        <source>Sending: %1, waiting: %2</source>
        <translation>Enviando: %1, aguardando: %2</translation>
    </message>
    <message>
        <source>Phones are still being sent</source>
        <translation>Ainda há telefones sendo enviados</translation>
    </message>
    <message>
        <source>Attempts still being sent when the program last stopped: %1. Whether those phones were created is unknown; resend them from the history to find out (an &quot;already exists&quot; reply then counts as added).</source>
        <translation>Tentativas ainda em envio quando o programa parou da última vez: %1. Não se sabe se esses telefones foram criados; reenvie-os pelo histórico para descobrir (uma resposta &quot;já existe&quot; passa a contar como adicionado).</translation>
    </message>
    <message>
        <source>Extension %1 on %2 is already in the list.</source>
        <translation>O ramal %1 em %2 já está na lista.</translation>
    </message>
    <message>
        <source>Extension %1 was already added on %2 (see history).</source>
        <translation>O ramal %1 já foi adicionado em %2 (veja o histórico).</translation>
    </message>
    <message>
        <source>Login %1 is already in the list.</source>
        <translation>O login %1 já está na lista.</translation>
    </message>
    <message>
        <source>Login %1 was already added (see history).</source>
        <translation>O login %1 já foi adicionado (veja o histórico).</translation>
    </message>
    <message>
        <source>Server not set</source>
        <translation>Servidor não definido</translation>
    </message>
    <message>
        <source>Set the server address and the API user first.</source>
        <translation>Primeiro defina o endereço do servidor e o usuário da API.</translation>
    </message>
    <message>
        <source>Sending was stopped</source>
        <translation>O envio foi interrompido</translation>
    </message>
    <message>
        <source>Sending stopped after this error:
%1

Try again with the same credentials? Each failed login counts towards the server&apos;s lock-out.</source>
        <translation>O envio parou após este erro:
%1

Tentar de novo com as mesmas credenciais? Cada login com falha conta para o bloqueio do servidor.</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possível duplicata</translation>
    </message>
    <message>
        <source>Send it anyway? The server refuses a duplicate extension or login.</source>
        <translation>Enviar mesmo assim? O servidor recusa um ramal ou login duplicado.</translation>
    </message>
    <message>
        <source>Passwords are not kept in history: double-click to enter them in the form and send.</source>
        <translation>As senhas não ficam no histórico: dê um clique duplo para digitá-las no formulário e enviar.</translation>
    </message>
    <message>
        <source>Sending stopped: %1. %2 Nothing more was sent.</source>
        <translation>Envio interrompido: %1. %2 Nada mais foi enviado.</translation>
    </message>
    <message>
        <source>Extension %1 on %2: %3. %4</source>
        <translation>Ramal %1 em %2: %3. %4</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) still being sent or waiting. Quit anyway? Those in flight may or may not be created; history marks them as unknown. A batch is offered for continuing at the next start.</source>
        <translation>
            <numerusform>Ainda há %n telefone sendo enviado ou aguardando. Sair mesmo assim? Se estiver em andamento, ele pode ou não ser criado; o histórico o marca como desconhecido. Na próxima inicialização será oferecido continuar o lote.</numerusform>
            <numerusform>Ainda há %n telefones sendo enviados ou aguardando. Sair mesmo assim? Os que estão em andamento podem ou não ser criados; o histórico os marca como desconhecidos. Na próxima inicialização será oferecido continuar o lote.</numerusform>
        </translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>Sistema: %1</translation>
    </message>
    <message>
        <source>Not sent: this phone belongs to the VICIdial system %1, and the settings now point at %2. Point the settings back at %1 to send it there.</source>
        <translation>Não enviado: este telefone pertence ao sistema VICIdial %1 e as configurações agora apontam para %2. Aponte as configurações de volta para %1 para enviá-lo para lá.</translation>
    </message>
    <message>
        <source>Not sent. %1</source>
        <translation>Não enviado. %1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demonstração</translation>
    </message>
    <message>
        <source>VICIdial version unknown</source>
        <translation>Versão do VICIdial desconhecida</translation>
    </message>
    <message>
        <source>Send the phone in the form to the server</source>
        <translation>Enviar ao servidor o telefone do formulário</translation>
    </message>
    <message>
        <source>The list was not sent: %1</source>
        <translation>A lista não foi enviada: %1</translation>
    </message>
    <message>
        <source>there is nothing to send.</source>
        <translation>não há nada a enviar.</translation>
    </message>
    <message>
        <source>there is no connection to that system in this session.</source>
        <translation>não há conexão com esse sistema nesta sessão.</translation>
    </message>
    <message>
        <source>the server, the API user and its password are needed first.</source>
        <translation>primeiro são necessários o servidor, o usuário da API e sua senha.</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Histórico: %1</translation>
    </message>
</context>
<context>
    <name>vp::MemorySecretStore</name>
    <message>
        <source>this session only</source>
        <translation>só nesta sessão</translation>
    </message>
</context>
<context>
    <name>vp::PasswordDialog</name>
    <message>
        <source>Password of the API user %1 on %2:</source>
        <translation>Senha do usuário da API %1 em %2:</translation>
    </message>
    <message>
        <source>Where the password is kept: %1.</source>
        <translation>Onde a senha fica guardada: %1.</translation>
    </message>
</context>
<context>
    <name>vp::PhoneForm</name>
    <message>
        <source>Server default (%1)</source>
        <translation>Padrão do servidor (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Add phone</source>
        <translation>&amp;Adicionar telefone</translation>
    </message>
    <message>
        <source>At most %1 characters; the server keeps %2.</source>
        <translation>No máximo %1 caracteres; o servidor mantém %2.</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Sent as &quot;%1&quot;: %2.</source>
        <translation>Enviado como &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>* Required by the server.</source>
        <translation>* Exigido pelo servidor.</translation>
    </message>
    <message>
        <source>VICIdial %1 has no update_phone (it came with 2.4-37): phones are added active.</source>
        <translation>O VICIdial %1 não tem update_phone (veio com 2.4-37): os telefones são adicionados ativos.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obrigatório.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>Obrigatório: %1</translation>
    </message>
    <message>
        <source>The VICIdial system refused this server IP (SERVER DOES NOT EXIST): it is not one of its servers.</source>
        <translation>O sistema VICIdial recusou este IP de servidor (SERVER DOES NOT EXIST): ele não é um dos seus servidores.</translation>
    </message>
    <message>
        <source>To add this phone, fill in: %1.</source>
        <translation>Para adicionar este telefone, preencha: %1.</translation>
    </message>
    <message>
        <source>Fix: %1.</source>
        <translation>Corrija: %1.</translation>
    </message>
    <message>
        <source>Send this phone to the server (Ctrl+Return); the shared fields stay for the next one</source>
        <translation>Enviar este telefone ao servidor (Ctrl+Return); os campos comuns ficam para o próximo</translation>
    </message>
</context>
<context>
    <name>vp::PhoneModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Ramal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Aguardando envio</translation>
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
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inativo</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluído</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefones</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <source>Search extension, login, name, server IP</source>
        <translation>Buscar ramal, login, nome, IP do servidor</translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation>&amp;Sistema:</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Ramal</translation>
    </message>
    <message>
        <source>Server IP</source>
        <translation>IP do servidor</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Alterado por</translation>
    </message>
    <message>
        <source>Changed at (UTC)</source>
        <translation>Data da alteração (UTC)</translation>
    </message>
    <message>
        <source>Created by batch</source>
        <translation>Criado pelo lote</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desativar</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reativar</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Exc&amp;luir…</translation>
    </message>
    <message>
        <source>Phones on %1</source>
        <translation>Telefones em %1</translation>
    </message>
    <message>
        <source>There is no connection to %1 in this session: choose it in the settings first. Nothing was sent.</source>
        <translation>Não há conexão com %1 nesta sessão: escolha-o primeiro nas configurações. Nada foi enviado.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phone(s) on %1? This cannot be undone: the phones and their settings are removed from VICIdial.</source>
        <translation>
            <numerusform>Excluir %n telefone em %1? Não pode ser desfeito: o telefone e as configurações dele são removidos do VICIdial.</numerusform>
            <numerusform>Excluir %n telefones em %1? Não pode ser desfeito: os telefones e as configurações deles são removidos do VICIdial.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete phones</source>
        <translation>Excluir telefones</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Nada foi enviado: %1</translation>
    </message>
    <message>
        <source>%1 done: %2 succeeded, %3 failed.</source>
        <translation>%1 feitos: %2 com sucesso, %3 com falha.</translation>
    </message>
    <message>
        <source>&amp;Undo batch…</source>
        <translation>Des&amp;fazer lote…</translation>
    </message>
    <message>
        <source>Delete the phones the batch of the selected phone (or the newest batch) added; phones that already existed are kept.</source>
        <translation>Excluir os ramais que o lote do ramal selecionado (ou o lote mais recente) adicionou; ramais que já existiam são mantidos.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (by %2, %3 UTC)</source>
        <translation>%1 (por %2, %3 UTC)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phone(s) it added: %1.</source>
        <translation>
            <numerusform>Excluir %n ramal que ele adicionou: %1.</numerusform>
            <numerusform>Excluir %n ramais que ele adicionou: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed since the batch, deleted as they are now: %1.</source>
        <translation>Alterados depois do lote, excluídos como estão agora: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Kept: %n phone(s) that already existed before the batch.</source>
        <translation>
            <numerusform>Mantido: %n ramal que já existia antes do lote.</numerusform>
            <numerusform>Mantidos: %n ramais que já existiam antes do lote.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to do for %n refused row(s).</source>
        <translation>
            <numerusform>Nada a fazer para %n linha recusada.</numerusform>
            <numerusform>Nada a fazer para %n linhas recusadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n phone(s) deleted since.</source>
        <translation>
            <numerusform>Ignorado: %n ramal excluído desde então.</numerusform>
            <numerusform>Ignorados: %n ramais excluídos desde então.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left alone: %1. The server never answered whether they were added (they may have been there before); check them on VICIdial and delete them here if they are the batch&apos;s.</source>
        <translation>Não alterados: %1. O servidor nunca respondeu se foram adicionados (podem já existir antes); verifique no VICIdial e exclua-os aqui se forem do lote.</translation>
    </message>
    <message>
        <source>Left alone: %1, deleted and made again by a later batch.</source>
        <translation>Não alterados: %1, excluídos e criados de novo por um lote posterior.</translation>
    </message>
    <message>
        <source>Undo batch</source>
        <translation>Desfazer lote</translation>
    </message>
    <message>
        <source>No batch added phones on %1.</source>
        <translation>Nenhum lote adicionou ramais em %1.</translation>
    </message>
    <message>
        <source>Undo batch %1 on %2</source>
        <translation>Desfazer o lote %1 em %2</translation>
    </message>
    <message>
        <source>Nothing to delete.</source>
        <translation>Nada a excluir.</translation>
    </message>
    <message>
        <source>Deleting cannot be undone. Delete these phones?</source>
        <translation>Excluir não pode ser desfeito. Excluir estes ramais?</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change the fields of the selected phone</source>
        <translation>Alterar os campos do telefone selecionado</translation>
    </message>
    <message>
        <source>&amp;Create again…</source>
        <translation>&amp;Criar de novo…</translation>
    </message>
    <message>
        <source>Add the selected deleted phones again with their recorded fields and new passwords</source>
        <translation>Adicionar de novo os telefones excluídos selecionados, com seus campos registrados e senhas novas</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phone(s)</source>
        <translation>
            <numerusform>Excluir %n telefone</numerusform>
            <numerusform>Excluir %n telefones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switch on %n phone(s)</source>
        <translation>
            <numerusform>Ativar %n telefone</numerusform>
            <numerusform>Ativar %n telefones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switch off %n phone(s)</source>
        <translation>
            <numerusform>Desativar %n telefone</numerusform>
            <numerusform>Desativar %n telefones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Phones window: %n change(s)</source>
        <translation>
            <numerusform>Janela de telefones: %n alteração</numerusform>
            <numerusform>Janela de telefones: %n alterações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) queued: see the batch panel of the main window.</source>
        <translation>
            <numerusform>%n solicitação na fila: veja o painel do lote na janela principal.</numerusform>
            <numerusform>%n solicitações na fila: veja o painel do lote na janela principal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some were not sent: see the batch panel.</source>
        <translation>Algumas não foram enviadas: veja o painel do lote.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Alterar %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Create %n phone(s) again on %1, with their recorded fields and new passwords? The agents need the new passwords: save the handout afterwards.</source>
        <translation>
            <numerusform>Criar de novo %n telefone em %1, com seus campos registrados e senhas novas? O agente precisa das senhas novas: salve a folha para agentes depois.</numerusform>
            <numerusform>Criar de novo %n telefones em %1, com seus campos registrados e senhas novas? Os agentes precisam das senhas novas: salve a folha para agentes depois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid any more, not sent:</source>
        <translation>Não são mais válidos, não enviados:</translation>
    </message>
    <message>
        <source>Create again</source>
        <translation>Criar de novo</translation>
    </message>
    <message numerus="yes">
        <source>Create %n phone(s) again</source>
        <translation>
            <numerusform>Criar de novo %n telefone</numerusform>
            <numerusform>Criar de novo %n telefones</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviado: %1</translation>
    </message>
    <message>
        <source>Save Agent Handout</source>
        <translation>Salvar folha para agentes</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) now have new passwords that this program does not keep. The handout lists them in plain text; anyone who reads the file can register as these phones.

The file is made readable by you only. Hand it out over a safe channel and delete it afterwards.

Save it?</source>
        <translation>
            <numerusform>%n telefone agora tem senhas novas que este programa não guarda. A folha as lista em texto simples; qualquer pessoa que ler o arquivo pode se registrar como este telefone.

O arquivo fica legível só por você. Entregue-o por um canal seguro e exclua-o depois.

Salvar?</numerusform>
            <numerusform>%n telefones agora têm senhas novas que este programa não guarda. A folha as lista em texto simples; qualquer pessoa que ler o arquivo pode se registrar como esses telefones.

O arquivo fica legível só por você. Entregue-o por um canal seguro e exclua-o depois.

Salvar?</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Handout with %n phone(s) saved to %1 (readable by you only).</source>
        <translation>
            <numerusform>Folha com %n telefone salva em %1 (legível só por você).</numerusform>
            <numerusform>Folha com %n telefones salva em %1 (legível só por você).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vp::ProvisioningService</name>
    <message>
        <source>Sending is stopped after a login or permission error. Fix the settings (or choose to try again) before sending more.</source>
        <translation>O envio está parado após um erro de login ou de permissão. Corrija as configurações (ou escolha tentar de novo) antes de enviar mais.</translation>
    </message>
    <message>
        <source>Not sent: the history cannot be written (%1). Nothing more will be sent until this is fixed.</source>
        <translation>Não enviado: não é possível gravar o histórico (%1). Nada mais será enviado até que isso seja corrigido.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (SHA-256 %1). Check it and trust it in Settings if it is your server&apos;s.</source>
        <translation>O certificado do servidor não é confiável (SHA-256 %1). Confira-o e marque-o como confiável em Configurações se for o do seu servidor.</translation>
    </message>
    <message>
        <source>Added, but it could not be made inactive: %1</source>
        <translation>Adicionado, mas não foi possível desativá-lo: %1</translation>
    </message>
    <message>
        <source>Added and made inactive.</source>
        <translation>Adicionado e desativado.</translation>
    </message>
    <message>
        <source>Already on the server: counted as added by the earlier attempt whose answer was lost. Check that it is the phone you meant.</source>
        <translation>Já está no servidor: contado como adicionado pela tentativa anterior cuja resposta se perdeu. Confira se é o telefone que você queria.</translation>
    </message>
    <message>
        <source>The login already exists but this extension does not: the earlier attempt may have failed while another phone uses this login. Not retried; check on the server.</source>
        <translation>O login já existe, mas este ramal não: a tentativa anterior pode ter falhado enquanto outro telefone usa este login. Não foi repetido; confira no servidor.</translation>
    </message>
    <message>
        <source>Not sent: sending stopped (%1).</source>
        <translation>Não enviado: envio interrompido (%1).</translation>
    </message>
    <message>
        <source>Cancelled before sending.</source>
        <translation>Cancelado antes do envio.</translation>
    </message>
    <message>
        <source>Not sent: %1 needs an extension and a server IP (and, for a change, the fields to change).</source>
        <translation>Não enviado: %1 precisa de uma extensão e de um IP de servidor (e, para uma alteração, dos campos a alterar).</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviado: %1</translation>
    </message>
    <message>
        <source>Not sent: no field to change.</source>
        <translation>Não enviado: nenhum campo a alterar.</translation>
    </message>
    <message>
        <source>Already on the server: updated with this row&apos;s fields.</source>
        <translation>Já estava no servidor: atualizado com os campos desta linha.</translation>
    </message>
    <message>
        <source>Already on the server, and the update was refused: %1</source>
        <translation>Já estava no servidor, e a atualização foi recusada: %1</translation>
    </message>
    <message>
        <source>Updated, but it could not be made inactive: %1</source>
        <translation>Atualizado, mas não foi possível desativá-lo: %1</translation>
    </message>
    <message>
        <source>Already on the server: updated with this row&apos;s fields and made inactive.</source>
        <translation>Já estava no servidor: atualizado com os campos desta linha e desativado.</translation>
    </message>
    <message>
        <source>%1 Another admin, %2, sent it while this one waited (shared history).</source>
        <translation>%1 Outro administrador, %2, enviou-o enquanto este esperava (histórico compartilhado).</translation>
    </message>
    <message>
        <source>Waiting: %1 %2 is being sent by %3 right now (shared history).</source>
        <translation>Aguardando: %3 está enviando %1 %2 neste momento (histórico compartilhado).</translation>
    </message>
    <message numerus="yes">
        <source>The shared history cannot be written (%1). Nothing is sent until it answers again; trying every %n second(s).</source>
        <translation>
            <numerusform>Não é possível gravar no histórico compartilhado (%1). Nada é enviado até ele voltar a responder; nova tentativa a cada %n segundo.</numerusform>
            <numerusform>Não é possível gravar no histórico compartilhado (%1). Nada é enviado até ele voltar a responder; nova tentativa a cada %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before sending (it was waiting for the shared history).</source>
        <translation>Cancelado antes do envio (aguardava o histórico compartilhado).</translation>
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
        <translation>Adicionado</translation>
    </message>
    <message>
        <source>Already existed</source>
        <translation>Já existia</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>The batch &quot;%1&quot; (started %2, server %3, API user %4) did not finish: the program stopped before every row had a definite answer.</source>
        <translation>O lote &quot;%1&quot; (iniciado em %2, servidor %3, usuário da API %4) não terminou: o programa parou antes que cada linha tivesse uma resposta definitiva.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s):</source>
        <translation>
            <numerusform>%n linha:</numerusform>
            <numerusform>%n linhas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n adicionada</numerusform>
            <numerusform>%n adicionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already existed</source>
        <translation>
            <numerusform>%n já existia</numerusform>
            <numerusform>%n já existiam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n com falha</numerusform>
            <numerusform>%n com falha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n desconhecida</numerusform>
            <numerusform>%n desconhecidas</numerusform>
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
            <numerusform>Continuar lote envia %n linha nunca enviada</numerusform>
            <numerusform>Continuar lote envia as %n linhas nunca enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and checks the %n unknown one(s): an &quot;already exists&quot; reply then counts as added, so nothing is created twice</source>
        <translation>
            <numerusform>e verifica %n linha desconhecida: uma resposta &quot;já existe&quot; passa a contar como adicionada, então nada é criado duas vezes</numerusform>
            <numerusform>e verifica as %n desconhecidas: uma resposta &quot;já existe&quot; passa a contar como adicionada, então nada é criado duas vezes</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed rows go to the main window&apos;s list to fix and retry.</source>
        <translation>As linhas com falha vão para a lista da janela principal para corrigir e repetir.</translation>
    </message>
    <message>
        <source>Passwords come from the system keychain; if it did not keep them, new ones are generated for rows the server never confirmed.</source>
        <translation>As senhas vêm do chaveiro do sistema; se ele não as guardou, novas senhas são geradas para as linhas que o servidor nunca confirmou.</translation>
    </message>
    <message>
        <source>Passwords come from the system keychain; if it did not keep them, you are asked to import the source file again.</source>
        <translation>As senhas vêm do chaveiro do sistema; se ele não as guardou, você precisará importar o arquivo de origem de novo.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Ramal</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas as linhas</translation>
    </message>
</context>
<context>
    <name>vp::SettingsDialog</name>
    <message>
        <source>POST (keeps passwords out of web server logs)</source>
        <translation>POST (mantém as senhas fora dos logs do servidor web)</translation>
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
        <translation>Onde a senha fica guardada: %1.</translation>
    </message>
    <message>
        <source>Requests go to %1</source>
        <translation>As requisições vão para %1</translation>
    </message>
    <message>
        <source>The server keeps only letters and digits here and refuses a label shorter than 2.</source>
        <translation>O servidor só mantém letras e dígitos aqui e recusa um rótulo com menos de 2.</translation>
    </message>
    <message>
        <source>Not a SHA-256 fingerprint (64 hex digits): %1</source>
        <translation>Não é uma impressão digital SHA-256 (64 dígitos hexadecimais): %1</translation>
    </message>
    <message>
        <source>Type the server address first.</source>
        <translation>Primeiro digite o endereço do servidor.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Demo mode always uses the simulator built into this program. To work with a real server, start Vici Provisioner without --demo: your real settings and history are kept apart.</source>
        <translation>O modo demonstração sempre usa o simulador embutido neste programa. Para trabalhar com um servidor real, inicie o Vici Provisioner sem --demo: suas configurações e seu histórico reais ficam separados.</translation>
    </message>
    <message>
        <source>Demo mode always keeps its own history on this computer, apart from your real history. To use a shared database, start Vici Provisioner without --demo.</source>
        <translation>O modo demo sempre guarda seu próprio histórico neste computador, separado do seu histórico real. Para usar um banco de dados compartilhado, inicie o Vici Provisioner sem --demo.</translation>
    </message>
    <message>
        <source>History location changed</source>
        <translation>Local do histórico alterado</translation>
    </message>
    <message>
        <source>The history is now set to %1.

This run keeps using %2: the new history is used from the next start of the program. Restart now?</source>
        <translation>O histórico agora está em %1.

Esta execução continua usando %2: o novo histórico vale a partir do próximo início do programa. Reiniciar agora?</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar agora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Mais tarde</translation>
    </message>
</context>
<context>
    <name>vp::UserGuideDialog</name>
    <message>
        <source>User Guide</source>
        <translation>Guia do usuário</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guia do usuário</translation>
    </message>
    <message>
        <source>The user guide is not installed on this computer. It is docs/user-guide.md in the program&apos;s source package.</source>
        <translation>O guia do usuário não está instalado neste computador. É o docs/user-guide.md no pacote de código-fonte do programa.</translation>
    </message>
</context>
</TS>
