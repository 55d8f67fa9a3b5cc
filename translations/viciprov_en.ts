<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BatchRun</name>
    <message numerus="yes">
        <source>Finished: %n added.</source>
        <translation>
            <numerusform>Finished: %n added.</numerusform>
            <numerusform>Finished: %n added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (%1).</source>
        <translation>
            <numerusform>%n failed (%1).</numerusform>
            <numerusform>%n failed (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown: retry them to find out whether they were created.</source>
        <translation>
            <numerusform>%n unknown: retry it to find out whether it was created.</numerusform>
            <numerusform>%n unknown: retry them to find out whether they were created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the list not sent, for the problems the preview showed (line %1); the report lists them.</source>
        <translation>
            <numerusform>%n row of the list not sent, for the problems the preview showed (line %1); the report lists it.</numerusform>
            <numerusform>%n rows of the list not sent, for the problems the preview showed (lines %1); the report lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n done.</source>
        <translation>
            <numerusform>Finished: %n done.</numerusform>
            <numerusform>Finished: %n done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>note: %n attempt(s) were left unfinished by an earlier run; their outcome is unknown. Importing the same rows again resolves them safely.</source>
        <translation>
            <numerusform>note: %n attempt was left unfinished by an earlier run; its outcome is unknown. Importing the same rows again resolves it safely.</numerusform>
            <numerusform>note: %n attempts were left unfinished by an earlier run; their outcome is unknown. Importing the same rows again resolves them safely.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n phones of %1 from %2? It cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n phone of %1 from %2? It cannot be undone.</numerusform>
            <numerusform>Delete the %n phones of %1 from %2? It cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n phones from %1? It cannot be undone.</source>
        <translation>
            <numerusform>Delete this %n phone from %1? It cannot be undone.</numerusform>
            <numerusform>Delete these %n phones from %1? It cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copy stopped (%n attempt(s) copied; run it again to copy the rest): %1</source>
        <translation>
            <numerusform>The copy stopped (%n attempt copied; run it again to copy the rest): %1</numerusform>
            <numerusform>The copy stopped (%n attempts copied; run it again to copy the rest): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied into %1: %n attempt(s)</source>
        <translation>
            <numerusform>Copied into %1: %n attempt</numerusform>
            <numerusform>Copied into %1: %n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n batch(es) (what was copied before was skipped).</source>
        <translation>
            <numerusform>, %n batch (what was copied before was skipped).</numerusform>
            <numerusform>, %n batches (what was copied before was skipped).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneGenerator</name>
    <message numerus="yes">
        <source>This makes %1 phones (%2 on each of %n server(s)); at most %3 can be made at once.</source>
        <translation>
            <numerusform>This makes %1 phones (%2 on %n server); at most %3 can be made at once.</numerusform>
            <numerusform>This makes %1 phones (%2 on each of %n servers); at most %3 can be made at once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneRules</name>
    <message numerus="yes">
        <source>%1: too short; at least %n characters.</source>
        <translation>
            <numerusform>%1: too short; at least %n character.</numerusform>
            <numerusform>%1: too short; at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n characters; at most %2.</source>
        <translation>
            <numerusform>%1: %n character; at most %2.</numerusform>
            <numerusform>%1: %n characters; at most %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vp::AliasDialog</name>
    <message numerus="yes">
        <source>%n phone login(s) known on this system; typing offers them.</source>
        <translation>
            <numerusform>%n phone login known on this system; typing offers it.</numerusform>
            <numerusform>%n phone logins known on this system; typing offers them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vp::BatchAliases</name>
    <message numerus="yes">
        <source>Aliases of the batch: %n added.</source>
        <translation>
            <numerusform>Aliases of the batch: %n added.</numerusform>
            <numerusform>Aliases of the batch: %n added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vp::BatchPanel</name>
    <message numerus="yes">
        <source>Continuing batch &quot;%1&quot;: %n row(s) sent again</source>
        <translation>
            <numerusform>Continuing batch &quot;%1&quot;: %n row sent again</numerusform>
            <numerusform>Continuing batch &quot;%1&quot;: %n rows sent again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them had no definite answer and are checked (&quot;already exists&quot; then counts as added)</source>
        <translation>
            <numerusform>%n of them had no definite answer and is checked (&quot;already exists&quot; then counts as added)</numerusform>
            <numerusform>%n of them had no definite answer and are checked (&quot;already exists&quot; then counts as added)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already added</source>
        <translation>
            <numerusform>%n already added</numerusform>
            <numerusform>%n already added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed row(s) listed to fix and retry</source>
        <translation>
            <numerusform>%n failed row listed to fix and retry</numerusform>
            <numerusform>%n failed rows listed to fix and retry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New passwords were made for %n row(s): the first ones were not kept (no keychain). Save the agent handout when the batch ends.</source>
        <translation>
            <numerusform>New passwords were made for %n row: the first ones were not kept (no keychain). Save the agent handout when the batch ends.</numerusform>
            <numerusform>New passwords were made for %n rows: the first ones were not kept (no keychain). Save the agent handout when the batch ends.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passwords of %n row(s) were not kept (no keychain): import &quot;%1&quot; again to send them; the phones already added are recognised from history. Rows: %2</source>
        <translation>
            <numerusform>The passwords of %n row were not kept (no keychain): import &quot;%1&quot; again to send it; the phones already added are recognised from history. Rows: %2</numerusform>
            <numerusform>The passwords of %n rows were not kept (no keychain): import &quot;%1&quot; again to send them; the phones already added are recognised from history. Rows: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handout with %n phone(s) saved to %1 (readable by you only).</source>
        <translation>
            <numerusform>Handout with %n phone saved to %1 (readable by you only).</numerusform>
            <numerusform>Handout with %n phones saved to %1 (readable by you only).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(%n more waiting)</numerusform>
            <numerusform>(%n more waiting)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vp::GeneratorWidget</name>
    <message numerus="yes">
        <source>%n phone(s): extensions %1 to %2, logins %3 to %4, names &quot;%5&quot; to &quot;%6&quot;. Each gets its own generated passwords.</source>
        <translation>
            <numerusform>%n phone: extensions %1 to %2, logins %3 to %4, names &quot;%5&quot; to &quot;%6&quot;. Each gets its own generated passwords.</numerusform>
            <numerusform>%n phones: extensions %1 to %2, logins %3 to %4, names &quot;%5&quot; to &quot;%6&quot;. Each gets its own generated passwords.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Then %n alias(es), %1 to %2, each over its extension&apos;s %3 logins, once those phones were added.</source>
        <translation>
            <numerusform>Then %n alias, %1 to %2, each over its extension&apos;s %3 logins, once those phones were added.</numerusform>
            <numerusform>Then %n aliases, %1 to %2, each over its extension&apos;s %3 logins, once those phones were added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vp::ImportDialog</name>
    <message numerus="yes">
        <source>Read as %1, %2-separated, %3; %n column(s), </source>
        <translation>
            <numerusform>Read as %1, %2-separated, %3; %n column, </numerusform>
            <numerusform>Read as %1, %2-separated, %3; %n columns, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n row.</numerusform>
            <numerusform>%n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) will be sent to %1 as API user &quot;%2&quot;.</source>
        <translation>
            <numerusform>%n phone will be sent to %1 as API user &quot;%2&quot;.</numerusform>
            <numerusform>%n phones will be sent to %1 as API user &quot;%2&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems will be skipped.</source>
        <translation>
            <numerusform>%n row with problems will be skipped.</numerusform>
            <numerusform>%n rows with problems will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was sent. %n request(s) would go to %1 (%2), at most %3 at a time:</source>
        <translation>
            <numerusform>Dry run: nothing was sent. %n request would go to %1 (%2), at most %3 at a time:</numerusform>
            <numerusform>Dry run: nothing was sent. %n requests would go to %1 (%2), at most %3 at a time:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... and %n more.</numerusform>
            <numerusform>... and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems would be skipped.</source>
        <translation>
            <numerusform>%n row with problems would be skipped.</numerusform>
            <numerusform>%n rows with problems would be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n phone(s) on the server now?</source>
        <translation>
            <numerusform>Create %n phone on the server now?</numerusform>
            <numerusform>Create %n phones on the server now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add or update %n phone(s) on %1 now?</source>
        <translation>
            <numerusform>Add or update %n phone on %1 now?</numerusform>
            <numerusform>Add or update %n phones on %1 now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switch off %n phone(s) on %1 now?</source>
        <translation>
            <numerusform>Switch off %n phone on %1 now?</numerusform>
            <numerusform>Switch off %n phones on %1 now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phone(s) from %1? This cannot be undone: the phones and their settings are removed from VICIdial.</source>
        <translation>
            <numerusform>Delete %n phone from %1? This cannot be undone: the phone and its settings are removed from VICIdial.</numerusform>
            <numerusform>Delete %n phones from %1? This cannot be undone: the phones and their settings are removed from VICIdial.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Then %n alias(es), each as soon as all its phones were added.</source>
        <translation>
            <numerusform>Then %n alias, each as soon as all its phones were added.</numerusform>
            <numerusform>Then %n aliases, each as soon as all its phones were added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Then %n alias(es), each once its phones were added.</source>
        <translation>
            <numerusform>Then %n alias, each once its phones were added.</numerusform>
            <numerusform>Then %n aliases, each once its phones were added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vp::ImportPreviewModel</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n row: </numerusform>
            <numerusform>%n rows: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready, </source>
        <translation>
            <numerusform>%n ready, </numerusform>
            <numerusform>%n ready, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n with problems</numerusform>
            <numerusform>%n with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: generated in %n row(s), from the list in the others.</source>
        <translation>
            <numerusform>%1: generated in %n row, from the list in the others.</numerusform>
            <numerusform>%1: generated in %n rows, from the list in the others.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vp::MainWindow</name>
    <message numerus="yes">
        <source>%n phone(s) still being sent or waiting. Quit anyway? Those in flight may or may not be created; history marks them as unknown. A batch is offered for continuing at the next start.</source>
        <translation>
            <numerusform>%n phone still being sent or waiting. Quit anyway? If it is in flight it may or may not be created; history marks it as unknown. A batch is offered for continuing at the next start.</numerusform>
            <numerusform>%n phones still being sent or waiting. Quit anyway? Those in flight may or may not be created; history marks them as unknown. A batch is offered for continuing at the next start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vp::PhonesWindow</name>
    <message numerus="yes">
        <source>Delete %n phone(s) on %1? This cannot be undone: the phones and their settings are removed from VICIdial.</source>
        <translation>
            <numerusform>Delete %n phone on %1? This cannot be undone: the phone and its settings are removed from VICIdial.</numerusform>
            <numerusform>Delete %n phones on %1? This cannot be undone: the phones and their settings are removed from VICIdial.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phone(s) it added: %1.</source>
        <translation>
            <numerusform>Delete %n phone it added: %1.</numerusform>
            <numerusform>Delete %n phones it added: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept: %n phone(s) that already existed before the batch.</source>
        <translation>
            <numerusform>Kept: %n phone that already existed before the batch.</numerusform>
            <numerusform>Kept: %n phones that already existed before the batch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to do for %n refused row(s).</source>
        <translation>
            <numerusform>Nothing to do for %n refused row.</numerusform>
            <numerusform>Nothing to do for %n refused rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n phone(s) deleted since.</source>
        <translation>
            <numerusform>Skipped: %n phone deleted since.</numerusform>
            <numerusform>Skipped: %n phones deleted since.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phone(s)</source>
        <translation>
            <numerusform>Delete %n phone</numerusform>
            <numerusform>Delete %n phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switch on %n phone(s)</source>
        <translation>
            <numerusform>Switch on %n phone</numerusform>
            <numerusform>Switch on %n phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switch off %n phone(s)</source>
        <translation>
            <numerusform>Switch off %n phone</numerusform>
            <numerusform>Switch off %n phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Phones window: %n change(s)</source>
        <translation>
            <numerusform>Phones window: %n change</numerusform>
            <numerusform>Phones window: %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) queued: see the batch panel of the main window.</source>
        <translation>
            <numerusform>%n request queued: see the batch panel of the main window.</numerusform>
            <numerusform>%n requests queued: see the batch panel of the main window.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n phone(s) again on %1, with their recorded fields and new passwords? The agents need the new passwords: save the handout afterwards.</source>
        <translation>
            <numerusform>Create %n phone again on %1, with its recorded fields and new passwords? The agent needs the new passwords: save the handout afterwards.</numerusform>
            <numerusform>Create %n phones again on %1, with their recorded fields and new passwords? The agents need the new passwords: save the handout afterwards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n phone(s) again</source>
        <translation>
            <numerusform>Create %n phone again</numerusform>
            <numerusform>Create %n phones again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) now have new passwords that this program does not keep. The handout lists them in plain text; anyone who reads the file can register as these phones.

The file is made readable by you only. Hand it out over a safe channel and delete it afterwards.

Save it?</source>
        <translation>
            <numerusform>%n phone now has new passwords that this program does not keep. The handout lists them in plain text; anyone who reads the file can register as this phone.

The file is made readable by you only. Hand it out over a safe channel and delete it afterwards.

Save it?</numerusform>
            <numerusform>%n phones now have new passwords that this program does not keep. The handout lists them in plain text; anyone who reads the file can register as these phones.

The file is made readable by you only. Hand it out over a safe channel and delete it afterwards.

Save it?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handout with %n phone(s) saved to %1 (readable by you only).</source>
        <translation>
            <numerusform>Handout with %n phone saved to %1 (readable by you only).</numerusform>
            <numerusform>Handout with %n phones saved to %1 (readable by you only).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vp::ProvisioningService</name>
    <message numerus="yes">
        <source>The shared history cannot be written (%1). Nothing is sent until it answers again; trying every %n second(s).</source>
        <translation>
            <numerusform>The shared history cannot be written (%1). Nothing is sent until it answers again; trying every %n second.</numerusform>
            <numerusform>The shared history cannot be written (%1). Nothing is sent until it answers again; trying every %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vp::ResumeBatchDialog</name>
    <message numerus="yes">
        <source>%n row(s):</source>
        <translation>
            <numerusform>%n row:</numerusform>
            <numerusform>%n rows:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already existed</source>
        <translation>
            <numerusform>%n already existed</numerusform>
            <numerusform>%n already existed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unknown</numerusform>
            <numerusform>%n unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n never sent</source>
        <translation>
            <numerusform>%n never sent</numerusform>
            <numerusform>%n never sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continue sends the %n row(s) never sent</source>
        <translation>
            <numerusform>Continue sends the %n row never sent</numerusform>
            <numerusform>Continue sends the %n rows never sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and checks the %n unknown one(s): an &quot;already exists&quot; reply then counts as added, so nothing is created twice</source>
        <translation>
            <numerusform>and checks the %n unknown one: an &quot;already exists&quot; reply then counts as added, so nothing is created twice</numerusform>
            <numerusform>and checks the %n unknown ones: an &quot;already exists&quot; reply then counts as added, so nothing is created twice</numerusform>
        </translation>
    </message>
</context>
</TS>
