<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>directory.actions</name>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Cyfeiriadur</translation>
    </message>
    <message>
        <source>&amp;Service directory</source>
        <translation>Cyfeiriadur &amp;gwasanaethau</translation>
    </message>
    <message>
        <source>Search the local service directory</source>
        <translation>Chwilio cyfeiriadur gwasanaethau&apos;r ardal</translation>
    </message>
    <message>
        <source>&amp;Verification worklist</source>
        <translation>Rhestr waith gwi&amp;rio</translation>
    </message>
    <message>
        <source>Services not checked lately, oldest first</source>
        <translation>Gwasanaethau heb eu gwirio&apos;n ddiweddar, yr hynaf yn gyntaf</translation>
    </message>
    <message>
        <source>&amp;Unmet needs</source>
        <translation>&amp;Anghenion heb eu diwallu</translation>
    </message>
    <message>
        <source>Needs no service could meet, by category and area</source>
        <translation>Anghenion nad oedd unrhyw wasanaeth yn gallu eu diwallu, fesul categori ac ardal</translation>
    </message>
    <message>
        <source>&amp;Import Open Referral…</source>
        <translation>&amp;Mewnforio Open Referral…</translation>
    </message>
    <message>
        <source>Bring in services from an Open Referral file or feed</source>
        <translation>Dod â gwasanaethau i mewn o ffeil neu ffrwd Open Referral</translation>
    </message>
</context>
<context>
    <name>directory.editor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Enw&apos;r gwasanaeth</translation>
    </message>
    <message>
        <source>&amp;Organisation or group:</source>
        <translation>Sefydliad ne&amp;u grŵp:</translation>
    </message>
    <message>
        <source>Organisation or group</source>
        <translation>Sefydliad neu grŵp</translation>
    </message>
    <message>
        <source>C&amp;harity number:</source>
        <translation>&amp;Rhif elusen:</translation>
    </message>
    <message>
        <source>Charity number</source>
        <translation>Rhif elusen</translation>
    </message>
    <message>
        <source>Cate&amp;gories:</source>
        <translation>Ca&amp;tegorïau:</translation>
    </message>
    <message>
        <source>Categories, separated by commas</source>
        <translation>Categorïau, wedi&apos;u gwahanu gan atalnodau</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>&amp;Ardal:</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>&amp;Meets at:</source>
        <translation>Y&amp;n cyfarfod yn:</translation>
    </message>
    <message>
        <source>Where it meets (a hall, a café)</source>
        <translation>Ble mae&apos;n cyfarfod (neuadd, caffi)</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Cy&amp;feiriad:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>&amp;Cod post:</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Pryd:</translation>
    </message>
    <message>
        <source>When it meets, such as Tue, Thu 10:00-12:00</source>
        <translation>Pryd mae&apos;n cyfarfod, fel Maw, Iau 10:00-12:00</translation>
    </message>
    <message>
        <source>Contac&amp;t:</source>
        <translation>C&amp;yswllt:</translation>
    </message>
    <message>
        <source>Contact&apos;s name</source>
        <translation>Enw&apos;r cyswllt</translation>
    </message>
    <message>
        <source>&amp;Phone or mobile:</source>
        <translation>Ffôn neu ffôn sy&amp;mudol:</translation>
    </message>
    <message>
        <source>Phone or mobile</source>
        <translation>Ffôn neu ffôn symudol</translation>
    </message>
    <message>
        <source>Emai&amp;l:</source>
        <translation>E-&amp;bost:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Web&amp;site:</source>
        <translation>&amp;Gwefan:</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Gwefan</translation>
    </message>
    <message>
        <source>Capacity note:</source>
        <translation>Nodyn am le:</translation>
    </message>
    <message>
        <source>Capacity note</source>
        <translation>Nodyn am le</translation>
    </message>
    <message>
        <source>Short-term notice:</source>
        <translation>Hysbysiad tymor byr:</translation>
    </message>
    <message>
        <source>Short-term notice</source>
        <translation>Hysbysiad tymor byr</translation>
    </message>
    <message>
        <source>Funding ends:</source>
        <translation>Cyllid yn dod i ben:</translation>
    </message>
    <message>
        <source>Funding end date, DD/MM/YYYY</source>
        <translation>Dyddiad diwedd y cyllid, DD/MM/BBBB</translation>
    </message>
    <message>
        <source>Cost note:</source>
        <translation>Nodyn am y gost:</translation>
    </message>
    <message>
        <source>Cost note</source>
        <translation>Nodyn am y gost</translation>
    </message>
    <message>
        <source>Youngest age:</source>
        <translation>Oedran ieuengaf:</translation>
    </message>
    <message>
        <source>Youngest age</source>
        <translation>Oedran ieuengaf</translation>
    </message>
    <message>
        <source>Oldest age:</source>
        <translation>Oedran hynaf:</translation>
    </message>
    <message>
        <source>Oldest age</source>
        <translation>Oedran hynaf</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Disgrifiad:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Who it is for:</source>
        <translation>I bwy mae e:</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>I bwy mae e</translation>
    </message>
    <message>
        <source>How to get in:</source>
        <translation>Sut i gael mynediad:</translation>
    </message>
    <message>
        <source>How to get in</source>
        <translation>Sut i gael mynediad</translation>
    </message>
    <message>
        <source>Local notes (&amp;kept here):</source>
        <translation>N&amp;odiadau lleol (yn cael eu cadw yma):</translation>
    </message>
    <message>
        <source>Local notes (never exported)</source>
        <translation>Nodiadau lleol (byth yn cael eu hallforio)</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Capacit&amp;y:</source>
        <translation>&amp;Lle:</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Lle</translation>
    </message>
    <message>
        <source>Way &amp;in:</source>
        <translation>Ffordd &amp;i mewn:</translation>
    </message>
    <message>
        <source>How people get in</source>
        <translation>Sut mae pobl yn cael mynediad</translation>
    </message>
    <message>
        <source>has capacity</source>
        <translation>mae lle</translation>
    </message>
    <message>
        <source>waiting list</source>
        <translation>rhestr aros</translation>
    </message>
    <message>
        <source>full</source>
        <translation>llawn</translation>
    </message>
    <message>
        <source>drop-in</source>
        <translation>galw heibio</translation>
    </message>
    <message>
        <source>self-refer</source>
        <translation>hunanatgyfeirio</translation>
    </message>
    <message>
        <source>referral needed</source>
        <translation>angen atgyfeiriad</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Wyneb yn wyneb</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Ar-lein</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Ymweliad cartref</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Gwasanaeth newydd</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>Service detail</source>
        <translation>Manylion y gwasanaeth</translation>
    </message>
    <message>
        <source>Never checked.</source>
        <translation>Heb ei wirio erioed.</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Gwiriwyd ddiwethaf</translation>
    </message>
    <message>
        <source>Mark as &amp;verified today when saving</source>
        <translation>Nodi ei fod wedi&apos;i &amp;wirio heddiw wrth gadw</translation>
    </message>
    <message>
        <source>In&amp;formal or unincorporated group (no charity number)</source>
        <translation>Grŵp anffurfiol neu ang&amp;horfforedig (dim rhif elusen)</translation>
    </message>
    <message>
        <source>Free to attend</source>
        <translation>Am ddim i&apos;w fynychu</translation>
    </message>
    <message>
        <source>Attend: {way}</source>
        <translation>Mynychu: {way}</translation>
    </message>
    <message>
        <source>Attend:</source>
        <translation>Mynychu:</translation>
    </message>
    <message>
        <source>Last verified:</source>
        <translation>Gwiriwyd ddiwethaf:</translation>
    </message>
    <message>
        <source>Capacity last changed</source>
        <translation>Pryd newidiodd y lle ddiwethaf</translation>
    </message>
    <message>
        <source>Capacity changed:</source>
        <translation>Newid i&apos;r lle:</translation>
    </message>
    <message>
        <source>Problem with the service</source>
        <translation>Problem gyda&apos;r gwasanaeth</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Go&amp;lygu</translation>
    </message>
    <message>
        <source>Edit this service</source>
        <translation>Golygu&apos;r gwasanaeth hwn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>You have changed {name} and not saved it. Discard the changes?</source>
        <translation>Rydych chi wedi newid {name} heb ei gadw. Taflu&apos;r newidiadau?</translation>
    </message>
    <message>
        <source>You have changed this new service and not saved it. Discard the changes?</source>
        <translation>Rydych chi wedi newid y gwasanaeth newydd hwn heb ei gadw. Taflu&apos;r newidiadau?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Dal ati i olygu</translation>
    </message>
    <message>
        <source>{name} — service</source>
        <translation>{name} — gwasanaeth</translation>
    </message>
    <message>
        <source>{date} by {name}</source>
        <translation>{date} gan {name}</translation>
    </message>
    <message>
        <source>{date} by someone unrecorded</source>
        <translation>{date} gan rywun na chofnodwyd</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>Heb ei gofnodi.</translation>
    </message>
</context>
<context>
    <name>directory.filters</name>
    <message>
        <source>Monday</source>
        <translation>Dydd Llun</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dydd Mawrth</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Dydd Mercher</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Dydd Iau</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Dydd Gwener</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Dydd Sadwrn</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dydd Sul</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Am ddim</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Talu</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>wyneb yn wyneb</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>ffôn</translation>
    </message>
    <message>
        <source>online</source>
        <translation>ar-lein</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>ymweliad cartref</translation>
    </message>
    <message>
        <source>drop-in</source>
        <translation>galw heibio</translation>
    </message>
    <message>
        <source>self-refer</source>
        <translation>hunanatgyfeirio</translation>
    </message>
    <message>
        <source>referral needed</source>
        <translation>angen atgyfeiriad</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>Category or need</source>
        <translation>Categori neu angen</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Diwrnod o&apos;r wythnos</translation>
    </message>
    <message>
        <source>Open at time</source>
        <translation>Ar agor am yr amser</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>AA:MM</translation>
    </message>
    <message>
        <source>Free or paid</source>
        <translation>Am ddim neu dalu</translation>
    </message>
    <message>
        <source>Open to age</source>
        <translation>Ar agor i&apos;r oedran</translation>
    </message>
    <message>
        <source>years</source>
        <translation>oed</translation>
    </message>
    <message>
        <source>How people attend</source>
        <translation>Sut mae pobl yn mynychu</translation>
    </message>
    <message>
        <source>How people get in</source>
        <translation>Sut mae pobl yn cael mynediad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lirio&apos;r hidlwyr</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clirio&apos;r hidlwyr</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;gori:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>A&amp;rdal:</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>&amp;Diwrnod:</translation>
    </message>
    <message>
        <source>Open a&amp;t:</source>
        <translation>Ar agor a&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>Cos&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>&amp;Oedran:</translation>
    </message>
    <message>
        <source>&amp;How they attend:</source>
        <translation>Sut maen nhw&apos;n mynych&amp;u:</translation>
    </message>
    <message>
        <source>&amp;Way in:</source>
        <translation>&amp;Ffordd i mewn:</translation>
    </message>
    <message>
        <source>Servic&amp;e status:</source>
        <translation>&amp;Statws y gwasanaeth:</translation>
    </message>
    <message>
        <source>Type the time as HH:MM, such as 10:30; until then it is left out.</source>
        <translation>Teipiwch yr amser fel AA:MM, er enghraifft 10:30; tan hynny, caiff ei adael allan.</translation>
    </message>
    <message>
        <source>Type the age as a whole number of years; until then it is left out.</source>
        <translation>Teipiwch yr oedran fel nifer cyfan o flynyddoedd; tan hynny, caiff ei adael allan.</translation>
    </message>
</context>
<context>
    <name>directory.impact</name>
    <message>
        <source>Who this affects — {name}</source>
        <translation>Pwy mae hyn yn effeithio arnyn nhw — {name}</translation>
    </message>
    <message>
        <source>Who a service change affects</source>
        <translation>Pwy mae newid i wasanaeth yn effeithio arnyn nhw</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is now {state}. No one has an open connection to it.</source>
        <translation>Statws &lt;b&gt;{name}&lt;/b&gt; bellach: {state}. Does gan neb gysylltiad agored ag ef.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is now {state}. 1 person has an open connection to it:</source>
        <translation>Statws &lt;b&gt;{name}&lt;/b&gt; bellach: {state}. Mae gan 1 person gysylltiad agored ag ef:</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is now {state}. {count} people have an open connection to it:</source>
        <translation>Statws &lt;b&gt;{name}&lt;/b&gt; bellach: {state}. Mae gan {count} o bobl gysylltiad agored ag ef:</translation>
    </message>
    <message>
        <source>People connected to this service</source>
        <translation>Pobl sydd wedi&apos;u cysylltu â&apos;r gwasanaeth hwn</translation>
    </message>
    <message>
        <source>Open services of the same kind, nearby first (Enter opens one):</source>
        <translation>Gwasanaethau agored o&apos;r un math, y rhai agosaf yn gyntaf (mae Enter yn agor un):</translation>
    </message>
    <message>
        <source>Open alternatives of the same category</source>
        <translation>Dewisiadau eraill agored yn yr un categori</translation>
    </message>
    <message>
        <source>{name} — nearby; {when}</source>
        <translation>{name} — gerllaw; {when}</translation>
    </message>
    <message>
        <source>{name} — further away; {when}</source>
        <translation>{name} — ymhellach i ffwrdd; {when}</translation>
    </message>
    <message>
        <source>times not given</source>
        <translation>amseroedd heb eu rhoi</translation>
    </message>
    <message>
        <source>No open service of the same category was found.</source>
        <translation>Ni chafwyd hyd i wasanaeth agored yn yr un categori.</translation>
    </message>
    <message>
        <source>They stay on the Today screen, under “Affected by a service change”, until each connection is moved on or they are connected elsewhere.</source>
        <translation>Maen nhw&apos;n aros ar y sgrin Heddiw, o dan “Wedi&apos;u heffeithio gan newid i wasanaeth”, nes bod pob cysylltiad wedi symud ymlaen neu eu bod wedi&apos;u cysylltu â rhywle arall.</translation>
    </message>
</context>
<context>
    <name>directory.import_dialog</name>
    <message>
        <source>Import services (Open Referral)</source>
        <translation>Mewnforio gwasanaethau (Open Referral)</translation>
    </message>
    <message>
        <source>Import services from Open Referral</source>
        <translation>Mewnforio gwasanaethau o Open Referral</translation>
    </message>
    <message>
        <source>Choose an Open Referral file (ORUK or HSDS 3.0: JSON, NDJSON or a CSV package) or type a feed&apos;s web address. Linkwell checks it first and changes nothing until you press Import.</source>
        <translation>Dewiswch ffeil Open Referral (ORUK neu HSDS 3.0: JSON, NDJSON neu becyn CSV) neu teipiwch gyfeiriad gwe ffrwd. Mae Linkwell yn ei gwirio yn gyntaf ac yn newid dim nes i chi bwyso Mewnforio.</translation>
    </message>
    <message>
        <source>File or feed address</source>
        <translation>Ffeil neu gyfeiriad ffrwd</translation>
    </message>
    <message>
        <source>A file, or https://… for a feed</source>
        <translation>Ffeil, neu https://… ar gyfer ffrwd</translation>
    </message>
    <message>
        <source>&amp;File or feed:</source>
        <translation>&amp;Ffeil neu ffrwd:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Dewis ffeil</translation>
    </message>
    <message>
        <source>&amp;Check (nothing is saved)</source>
        <translation>&amp;Gwirio (does dim yn cael ei gadw)</translation>
    </message>
    <message>
        <source>Check the file without saving</source>
        <translation>Gwirio&apos;r ffeil heb gadw</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Beth fyddai&apos;r mewnforio yn ei wneud</translation>
    </message>
    <message>
        <source>Rejected records and warnings, with reasons</source>
        <translation>Cofnodion a wrthodwyd a rhybuddion, gyda rhesymau</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Cynnydd y mewnforio</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Canslo&apos;r mewnforio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Choose an Open Referral file</source>
        <translation>Dewis ffeil Open Referral</translation>
    </message>
    <message>
        <source>Open Referral files (*.json *.ndjson *.jsonl *.zip *.csv);;All files (*)</source>
        <translation>Ffeiliau Open Referral (*.json *.ndjson *.jsonl *.zip *.csv);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Choose a file or type a feed&apos;s web address first.</source>
        <translation>Dewiswch ffeil neu teipiwch gyfeiriad gwe ffrwd yn gyntaf.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wrthi&apos;n gwirio…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wrthi&apos;n mewnforio…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wrthi&apos;n canslo…</translation>
    </message>
    <message>
        <source>{step}…</source>
        <translation>{step}…</translation>
    </message>
    <message>
        <source>Rejected: {problem}</source>
        <translation>Gwrthodwyd: {problem}</translation>
    </message>
    <message>
        <source>Warning: {problem}</source>
        <translation>Rhybudd: {problem}</translation>
    </message>
    <message>
        <source>This would give: {added} to add, {updated} to update, {unchanged} unchanged, {rejected} rejected, {warnings} warnings. Nothing has been saved yet; press Import to bring it in.</source>
        <translation>Byddai hyn yn rhoi: i&apos;w hychwanegu {added}, i&apos;w diweddaru {updated}, heb newid {unchanged}, wedi&apos;u gwrthod {rejected}, rhybuddion {warnings}. Does dim wedi&apos;i gadw eto; pwyswch Mewnforio i ddod ag ef i mewn.</translation>
    </message>
    <message>
        <source>{added} to add, {updated} to update, {unchanged} unchanged, {rejected} rejected, {warnings} warnings: there is nothing new to import.</source>
        <translation>I&apos;w hychwanegu {added}, i&apos;w diweddaru {updated}, heb newid {unchanged}, wedi&apos;u gwrthod {rejected}, rhybuddion {warnings}: does dim byd newydd i&apos;w fewnforio.</translation>
    </message>
    <message>
        <source>Imported: {added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected (listed below).</source>
        <translation>Wedi mewnforio: ychwanegwyd {added}, diweddarwyd {updated}, heb newid {unchanged}, gwrthodwyd {rejected} (wedi&apos;u rhestru isod).</translation>
    </message>
    <message>
        <source>Imported: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Wedi mewnforio: ychwanegwyd {added}, diweddarwyd {updated}, heb newid {unchanged}.</translation>
    </message>
    <message>
        <source>The import could not finish; the directory is as it was before.</source>
        <translation>Doedd dim modd gorffen y mewnforio; mae&apos;r cyfeiriadur fel yr oedd o&apos;r blaen.</translation>
    </message>
</context>
<context>
    <name>directory.person_menu</name>
    <message>
        <source>Servic&amp;es</source>
        <translation>&amp;Gwasanaethau</translation>
    </message>
    <message>
        <source>Record an &amp;unmet need…</source>
        <translation>Cofnodi angen heb ei dd&amp;iwallu…</translation>
    </message>
    <message>
        <source>No suitable service exists: record what was needed, and where</source>
        <translation>Does dim gwasanaeth addas yn bod: cofnodwch beth oedd ei angen, a ble</translation>
    </message>
    <message>
        <source>&amp;Find a service…</source>
        <translation>&amp;Canfod gwasanaeth…</translation>
    </message>
    <message>
        <source>Open the service directory</source>
        <translation>Agor y cyfeiriadur gwasanaethau</translation>
    </message>
    <message>
        <source>Unmet need recorded.</source>
        <translation>Cofnodwyd yr angen heb ei ddiwallu.</translation>
    </message>
</context>
<context>
    <name>directory.unmet</name>
    <message>
        <source>Record an unmet need</source>
        <translation>Cofnodi angen heb ei ddiwallu</translation>
    </message>
    <message>
        <source>When no suitable service exists, say what was needed and where: these are counted for commissioners.</source>
        <translation>Pan nad oes gwasanaeth addas yn bod, dywedwch beth oedd ei angen a ble: caiff y rhain eu cyfrif ar gyfer comisiynwyr.</translation>
    </message>
    <message>
        <source>Category or need</source>
        <translation>Categori neu angen</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>Date, DD/MM/YYYY</source>
        <translation>Dyddiad, DD/MM/BBBB</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>&amp;Category or need:</source>
        <translation>&amp;Categori neu angen:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Ardal:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <source>Problem with the unmet need</source>
        <translation>Problem gyda&apos;r angen heb ei ddiwallu</translation>
    </message>
    <message>
        <source>“{text}” is not a date; write it as DD/MM/YYYY.</source>
        <translation>Nid yw “{text}” yn ddyddiad; ysgrifennwch ef fel DD/MM/BBBB.</translation>
    </message>
    <message>
        <source>Unmet needs</source>
        <translation>Anghenion heb eu diwallu</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Sawl un</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Y diweddaraf</translation>
    </message>
    <message>
        <source>Unmet needs by category and area</source>
        <translation>Anghenion heb eu diwallu fesul categori ac ardal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Unmet needs in the highlighted group</source>
        <translation>Anghenion heb eu diwallu yn y grŵp a amlygwyd</translation>
    </message>
    <message>
        <source>Unmet needs status</source>
        <translation>Statws yr anghenion heb eu diwallu</translation>
    </message>
    <message>
        <source>Unmet needs by category and area, the most common first:</source>
        <translation>Anghenion heb eu diwallu fesul categori ac ardal, y rhai mwyaf cyffredin yn gyntaf:</translation>
    </message>
    <message>
        <source>The needs in the highlighted group, newest first:</source>
        <translation>Yr anghenion yn y grŵp a amlygwyd, y diweddaraf yn gyntaf:</translation>
    </message>
    <message>
        <source>(no area)</source>
        <translation>(dim ardal)</translation>
    </message>
    <message>
        <source>No unmet needs have been recorded.</source>
        <translation>Does dim anghenion heb eu diwallu wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>1 unmet need recorded.</source>
        <translation>1 angen heb ei ddiwallu wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <source>{count} unmet needs recorded.</source>
        <translation>Anghenion heb eu diwallu a gofnodwyd: {count}.</translation>
    </message>
</context>
<context>
    <name>directory.window</name>
    <message>
        <source>Type what someone needs: a name, an activity, an organisation, a category or an area. Enter opens the highlighted service; arrow keys choose.</source>
        <translation>Teipiwch beth sydd ei angen ar rywun: enw, gweithgaredd, sefydliad, categori neu ardal. Mae Enter yn agor y gwasanaeth a amlygwyd; mae&apos;r bysellau saeth yn dewis.</translation>
    </message>
    <message>
        <source>Service directory — Linkwell</source>
        <translation>Cyfeiriadur gwasanaethau — Linkwell</translation>
    </message>
    <message>
        <source>Service directory</source>
        <translation>Cyfeiriadur gwasanaethau</translation>
    </message>
    <message>
        <source>Directory views</source>
        <translation>Golygon y cyfeiriadur</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>C&amp;hwilio</translation>
    </message>
    <message>
        <source>&amp;Verification worklist</source>
        <translation>Rhestr &amp;waith gwirio</translation>
    </message>
    <message>
        <source>&amp;Unmet needs</source>
        <translation>Anghen&amp;ion heb eu diwallu</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Chwilio&apos;r cyfeiriadur</translation>
    </message>
    <message>
        <source>walking group, debt advice, Riverside…</source>
        <translation>grŵp cerdded, cyngor ar ddyledion, Glan yr Afon…</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Ca&amp;nfod:</translation>
    </message>
    <message>
        <source>Directory filters</source>
        <translation>Hidlwyr y cyfeiriadur</translation>
    </message>
    <message>
        <source>Services found</source>
        <translation>Gwasanaethau a gafwyd</translation>
    </message>
    <message>
        <source>Search result count</source>
        <translation>Nifer y canlyniadau chwilio</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>Open the highlighted service</source>
        <translation>Agor y gwasanaeth a amlygwyd</translation>
    </message>
    <message>
        <source>&amp;New service…</source>
        <translation>Gwasanaeth n&amp;ewydd…</translation>
    </message>
    <message>
        <source>Record an un&amp;met need…</source>
        <translation>Cofnodi angen he&amp;b ei ddiwallu…</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Cyfeiriadur</translation>
    </message>
    <message>
        <source>&amp;Find a service</source>
        <translation>&amp;Canfod gwasanaeth</translation>
    </message>
    <message>
        <source>Record an &amp;unmet need…</source>
        <translation>C&amp;ofnodi angen heb ei ddiwallu…</translation>
    </message>
    <message>
        <source>&amp;Import Open Referral…</source>
        <translation>&amp;Mewnforio Open Referral…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;au</translation>
    </message>
    <message>
        <source>No service found for “{words}”. If nothing suitable exists, record an unmet need (Ctrl+U).</source>
        <translation>Ni chafwyd hyd i wasanaeth ar gyfer “{words}”. Os nad oes dim addas yn bod, cofnodwch angen heb ei ddiwallu (Ctrl+U).</translation>
    </message>
    <message>
        <source>No service found with these filters. If nothing suitable exists, record an unmet need (Ctrl+U).</source>
        <translation>Ni chafwyd hyd i wasanaeth gyda&apos;r hidlwyr hyn. Os nad oes dim addas yn bod, cofnodwch angen heb ei ddiwallu (Ctrl+U).</translation>
    </message>
    <message>
        <source>Nothing matched “{words}” exactly; {count} or more services with a similar spelling.</source>
        <translation>Doedd dim yn cyfateb yn union i “{words}”; {count} neu fwy o wasanaethau gyda sillafiad tebyg.</translation>
    </message>
    <message>
        <source>Nothing matched “{words}” exactly; 1 service with a similar spelling.</source>
        <translation>Doedd dim yn cyfateb yn union i “{words}”; 1 gwasanaeth gyda sillafiad tebyg.</translation>
    </message>
    <message>
        <source>Nothing matched “{words}” exactly; {count} services with a similar spelling.</source>
        <translation>Doedd dim yn cyfateb yn union i “{words}”; gwasanaethau gyda sillafiad tebyg: {count}.</translation>
    </message>
    <message>
        <source>No service matched every word; {count} or more services matching some of them, open ones first. Enter opens the highlighted service.</source>
        <translation>Doedd dim gwasanaeth yn cyfateb i bob gair; {count} neu fwy o wasanaethau yn cyfateb i rai ohonyn nhw, y rhai agored yn gyntaf. Mae Enter yn agor y gwasanaeth a amlygwyd.</translation>
    </message>
    <message>
        <source>No service matched every word; 1 service matching some of them, open ones first. Enter opens the highlighted service.</source>
        <translation>Doedd dim gwasanaeth yn cyfateb i bob gair; 1 gwasanaeth yn cyfateb i rai ohonyn nhw, y rhai agored yn gyntaf. Mae Enter yn agor y gwasanaeth a amlygwyd.</translation>
    </message>
    <message>
        <source>No service matched every word; {count} services matching some of them, open ones first. Enter opens the highlighted service.</source>
        <translation>Doedd dim gwasanaeth yn cyfateb i bob gair; gwasanaethau yn cyfateb i rai ohonyn nhw: {count}, y rhai agored yn gyntaf. Mae Enter yn agor y gwasanaeth a amlygwyd.</translation>
    </message>
    <message>
        <source>{count} or more services found. Enter opens the highlighted service.</source>
        <translation>Cafwyd hyd i {count} neu fwy o wasanaethau. Mae Enter yn agor y gwasanaeth a amlygwyd.</translation>
    </message>
    <message>
        <source>1 service found. Enter opens the highlighted service.</source>
        <translation>Cafwyd hyd i 1 gwasanaeth. Mae Enter yn agor y gwasanaeth a amlygwyd.</translation>
    </message>
    <message>
        <source>{count} services found. Enter opens the highlighted service.</source>
        <translation>Gwasanaethau a gafwyd: {count}. Mae Enter yn agor y gwasanaeth a amlygwyd.</translation>
    </message>
    <message>
        <source>&amp;Connect {name} to it…</source>
        <translation>C&amp;ysylltu {name} ag ef…</translation>
    </message>
    <message>
        <source>Connect {name} to the highlighted service</source>
        <translation>Cysylltu {name} â&apos;r gwasanaeth a amlygwyd</translation>
    </message>
    <message>
        <source>Service directory: finding a service for {name} — Linkwell</source>
        <translation>Cyfeiriadur gwasanaethau: canfod gwasanaeth ar gyfer {name} — Linkwell</translation>
    </message>
    <message>
        <source>Highlight a service first, then Connect.</source>
        <translation>Amlygwch wasanaeth yn gyntaf, yna Cysylltu.</translation>
    </message>
    <message>
        <source>{name} is connected.</source>
        <translation>Mae {name} wedi&apos;i gysylltu.</translation>
    </message>
</context>
<context>
    <name>directory.worklist</name>
    <message>
        <source>Oldest check first. Space: verified today, and on to the next. Ctrl+Z: undo. Enter: open the service to check its details.</source>
        <translation>Yr hynaf yn gyntaf. Bylchwr: wedi&apos;i wirio heddiw, ac ymlaen i&apos;r nesaf. Ctrl+Z: dadwneud. Enter: agor y gwasanaeth i wirio&apos;i fanylion.</translation>
    </message>
    <message>
        <source>Verification worklist</source>
        <translation>Rhestr waith gwirio</translation>
    </message>
    <message>
        <source>Show services checked recently too</source>
        <translation>Dangos gwasanaethau a wiriwyd yn ddiweddar hefyd</translation>
    </message>
    <message>
        <source>Services to verify, oldest check first</source>
        <translation>Gwasanaethau i&apos;w gwirio, yr hynaf yn gyntaf</translation>
    </message>
    <message>
        <source>Worklist status</source>
        <translation>Statws y rhestr waith</translation>
    </message>
    <message>
        <source>Every service has been checked recently.</source>
        <translation>Mae pob gwasanaeth wedi&apos;i wirio&apos;n ddiweddar.</translation>
    </message>
    <message>
        <source>1 service to check.</source>
        <translation>1 gwasanaeth i&apos;w wirio.</translation>
    </message>
    <message>
        <source>{count} services to check.</source>
        <translation>Gwasanaethau i&apos;w gwirio: {count}.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Does dim i&apos;w ddadwneud.</translation>
    </message>
    <message>
        <source>Undone: {name} is back on the list, as it was. Left to check: {count}.</source>
        <translation>Wedi dadwneud: mae {name} yn ôl ar y rhestr, fel yr oedd. Ar ôl i&apos;w gwirio: {count}.</translation>
    </message>
    <message>
        <source>{name} marked as verified today ({date}). Left to check: {count}. Ctrl+Z to undo.</source>
        <translation>Nodwyd bod {name} wedi&apos;i wirio heddiw ({date}). Ar ôl i&apos;w gwirio: {count}. Ctrl+Z i ddadwneud.</translation>
    </message>
</context>
<context>
    <name>outreach.actions</name>
    <message>
        <source>&amp;Outreach calls</source>
        <translation>Galwadau &amp;allgymorth</translation>
    </message>
    <message>
        <source>Call through a list of people the practice asked you to contact</source>
        <translation>Ffonio drwy restr o bobl y gofynnodd y feddygfa i chi gysylltu â nhw</translation>
    </message>
</context>
<context>
    <name>outreach.from_caseload</name>
    <message>
        <source>A new list from the caseload</source>
        <translation>Rhestr newydd o&apos;r llwyth achosion</translation>
    </message>
    <message>
        <source>A new outreach list from the caseload</source>
        <translation>Rhestr allgymorth newydd o&apos;r llwyth achosion</translation>
    </message>
    <message>
        <source>The list&apos;s name</source>
        <translation>Enw&apos;r rhestr</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Why these people</source>
        <translation>Pam y bobl hyn</translation>
    </message>
    <message>
        <source>&amp;Why these people:</source>
        <translation>&amp;Pam y bobl hyn:</translation>
    </message>
    <message>
        <source>Status of their current referral</source>
        <translation>Statws eu hatgyfeiriad presennol</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Unrhyw statws</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <source>Referred for</source>
        <translation>Wedi&apos;u hatgyfeirio am</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>Unrhyw reswm</translation>
    </message>
    <message>
        <source>&amp;Referred for:</source>
        <translation>Wedi&apos;u h&amp;atgyfeirio am:</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Meddygfa</translation>
    </message>
    <message>
        <source>Any practice</source>
        <translation>Unrhyw feddygfa</translation>
    </message>
    <message>
        <source>&amp;Practice:</source>
        <translation>&amp;Meddygfa:</translation>
    </message>
    <message>
        <source>&amp;Only people with an open referral</source>
        <translation>&amp;Dim ond pobl ag atgyfeiriad agored</translation>
    </message>
    <message>
        <source>Only people with an open referral</source>
        <translation>Dim ond pobl ag atgyfeiriad agored</translation>
    </message>
    <message>
        <source>Why the list could not be made</source>
        <translation>Pam nad oedd modd gwneud y rhestr</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>&amp;Make the list</source>
        <translation>&amp;Gwneud y rhestr</translation>
    </message>
    <message>
        <source>Make the list</source>
        <translation>Gwneud y rhestr</translation>
    </message>
</context>
<context>
    <name>outreach.letters_dialog</name>
    <message>
        <source>Letters to everyone on {name}</source>
        <translation>Llythyrau at bawb ar {name}</translation>
    </message>
    <message>
        <source>Kinds of support to add</source>
        <translation>Mathau o gymorth i&apos;w hychwanegu</translation>
    </message>
    <message>
        <source>&amp;Kinds of support (Space ticks):</source>
        <translation>&amp;Mathau o gymorth (mae&apos;r Bylchwr yn ticio):</translation>
    </message>
    <message>
        <source>A paragraph for every letter</source>
        <translation>Paragraff ar gyfer pob llythyr</translation>
    </message>
    <message>
        <source>A &amp;paragraph for every letter:</source>
        <translation>&amp;Paragraff ar gyfer pob llythyr:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>&amp;Large print (16 pt)</source>
        <translation>Print &amp;bras (16 pwynt)</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Print bras</translation>
    </message>
    <message>
        <source>&amp;One file for each person</source>
        <translation>&amp;Un ffeil ar gyfer pob person</translation>
    </message>
    <message>
        <source>One file for each person</source>
        <translation>Un ffeil ar gyfer pob person</translation>
    </message>
    <message>
        <source>outreach letters.pdf</source>
        <translation>llythyrau allgymorth.pdf</translation>
    </message>
    <message>
        <source>Where to save the letters</source>
        <translation>Ble i gadw&apos;r llythyrau</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Cadw fel:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>&amp;Write the letters</source>
        <translation>&amp;Ysgrifennu&apos;r llythyrau</translation>
    </message>
    <message>
        <source>Write the letters</source>
        <translation>Ysgrifennu&apos;r llythyrau</translation>
    </message>
    <message>
        <source>Say where to save the letters: a PDF file, or a folder for one file each.</source>
        <translation>Dywedwch ble i gadw&apos;r llythyrau: ffeil PDF, neu ffolder ar gyfer un ffeil yr un.</translation>
    </message>
    <message>
        <source>Writing the letters…</source>
        <translation>Wrthi&apos;n ysgrifennu&apos;r llythyrau…</translation>
    </message>
    <message>
        <source>The letters could not be saved there ({problem}). Choose another place.</source>
        <translation>Doedd dim modd cadw&apos;r llythyrau yno ({problem}). Dewiswch le arall.</translation>
    </message>
</context>
<context>
    <name>outreach.outcome_form</name>
    <message>
        <source>&amp;No answer</source>
        <translation>&amp;Dim ateb</translation>
    </message>
    <message>
        <source>&amp;Spoke to them</source>
        <translation>Wedi &amp;siarad â nhw</translation>
    </message>
    <message>
        <source>Support &amp;offered</source>
        <translation>Wedi cynnig &amp;cymorth</translation>
    </message>
    <message>
        <source>&amp;Referral opened</source>
        <translation>&amp;Atgyfeiriad wedi&apos;i agor</translation>
    </message>
    <message>
        <source>&amp;Declined</source>
        <translation>Wedi &amp;gwrthod</translation>
    </message>
    <message>
        <source>&amp;Wrong number</source>
        <translation>&amp;Rhif anghywir</translation>
    </message>
    <message>
        <source>D&amp;ied</source>
        <translation>Wedi &amp;marw</translation>
    </message>
    <message>
        <source>&amp;Moved away</source>
        <translation>Wedi s&amp;ymud i ffwrdd</translation>
    </message>
    <message>
        <source>Call to {name}</source>
        <translation>Galwad i {name}</translation>
    </message>
    <message>
        <source>What came of the call to {name}</source>
        <translation>Beth ddaeth o&apos;r alwad i {name}</translation>
    </message>
    <message>
        <source>{name}: no phone</source>
        <translation>{name}: dim ffôn</translation>
    </message>
    <message>
        <source>Who you are calling</source>
        <translation>Pwy rydych chi&apos;n eu ffonio</translation>
    </message>
    <message>
        <source>Already called today</source>
        <translation>Wedi&apos;u ffonio heddiw yn barod</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source> days</source>
        <translation> diwrnod</translation>
    </message>
    <message>
        <source>Try again in this many days</source>
        <translation>Rhoi cynnig arall ymhen hyn o ddiwrnodau</translation>
    </message>
    <message>
        <source>Try a&amp;gain in:</source>
        <translation>Rhoi cynnig arall ym&amp;hen:</translation>
    </message>
    <message>
        <source>What they need</source>
        <translation>Beth sydd ei angen arnyn nhw</translation>
    </message>
    <message>
        <source>What they n&amp;eed (Space ticks):</source>
        <translation>Beth sydd ei ang&amp;en arnyn nhw (mae&apos;r Bylchwr yn ticio):</translation>
    </message>
    <message>
        <source>Service offered</source>
        <translation>Gwasanaeth a gynigiwyd</translation>
    </message>
    <message>
        <source>No service: a letter only</source>
        <translation>Dim gwasanaeth: llythyr yn unig</translation>
    </message>
    <message>
        <source>Ser&amp;vice offered:</source>
        <translation>Gwasanae&amp;th a gynigiwyd:</translation>
    </message>
    <message>
        <source>&amp;Letter with support near them</source>
        <translation>&amp;Llythyr gyda chymorth yn agos atyn nhw</translation>
    </message>
    <message>
        <source>Letter with support near them</source>
        <translation>Llythyr gyda chymorth yn agos atyn nhw</translation>
    </message>
    <message>
        <source>Where the referral came from</source>
        <translation>O ble daeth yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Proactive outreach</source>
        <translation>Allgymorth rhagweithiol</translation>
    </message>
    <message>
        <source>The person themselves (self-referral)</source>
        <translation>Y person ei hun (hunanatgyfeiriad)</translation>
    </message>
    <message>
        <source>Referral &amp;from:</source>
        <translation>Atgyfeiriad &amp;oddi wrth:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <source>Why it could not be saved</source>
        <translation>Pam nad oedd modd ei gadw</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save the outcome</source>
        <translation>Cadw&apos;r canlyniad</translation>
    </message>
</context>
<context>
    <name>outreach.window</name>
    <message>
        <source>Outreach calls</source>
        <translation>Galwadau allgymorth</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Rhestr:</translation>
    </message>
    <message>
        <source>Outreach list</source>
        <translation>Rhestr allgymorth</translation>
    </message>
    <message>
        <source>&amp;Import a list…</source>
        <translation>&amp;Mewnforio rhestr…</translation>
    </message>
    <message>
        <source>Import a list from a GP system search</source>
        <translation>Mewnforio rhestr o chwiliad yn system y meddyg teulu</translation>
    </message>
    <message>
        <source>&amp;New list from the caseload…</source>
        <translation>Rhestr &amp;newydd o&apos;r llwyth achosion…</translation>
    </message>
    <message>
        <source>A new list of people on the caseload, by filters</source>
        <translation>Rhestr newydd o bobl ar y llwyth achosion, drwy hidlwyr</translation>
    </message>
    <message>
        <source>Letters to &amp;everyone…</source>
        <translation>&amp;Llythyrau at bawb…</translation>
    </message>
    <message>
        <source>Letters to everyone on the list, with support near them</source>
        <translation>Llythyrau at bawb ar y rhestr, gyda chymorth yn agos atyn nhw</translation>
    </message>
    <message>
        <source>Only the people given to &amp;me</source>
        <translation>&amp;Dim ond y bobl a roddwyd i mi</translation>
    </message>
    <message>
        <source>Only the people given to me</source>
        <translation>Dim ond y bobl a roddwyd i mi</translation>
    </message>
    <message>
        <source>Sha&amp;re out between workers…</source>
        <translation>Rh&amp;annu rhwng gweithwyr…</translation>
    </message>
    <message>
        <source>Share out the people still to call between workers</source>
        <translation>Rhannu&apos;r bobl sydd dal i&apos;w ffonio rhwng gweithwyr</translation>
    </message>
    <message>
        <source>Why these people</source>
        <translation>Pam y bobl hyn</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wrthi&apos;n llwytho…</translation>
    </message>
    <message>
        <source>Progress in words</source>
        <translation>Cynnydd mewn geiriau</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Pobl a gyrhaeddwyd</translation>
    </message>
    <message>
        <source>%v of %m reached</source>
        <translation>Wedi cyrraedd %v o %m</translation>
    </message>
    <message>
        <source>People to call, in calling order</source>
        <translation>Pobl i&apos;w ffonio, yn y drefn ffonio</translation>
    </message>
    <message>
        <source>Enter on a person records what came of the call; Delete takes them off the list.</source>
        <translation>Mae Enter ar berson yn cofnodi beth ddaeth o&apos;r alwad; mae&apos;r fysell Del yn eu tynnu oddi ar y rhestr.</translation>
    </message>
    <message>
        <source>How to record a call</source>
        <translation>Sut i gofnodi galwad</translation>
    </message>
    <message>
        <source>No outreach lists yet: import one from a GP system search.</source>
        <translation>Does dim rhestrau allgymorth eto: mewnforiwch un o chwiliad yn system y meddyg teulu.</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Pam: {reason}</translation>
    </message>
    <message>
        <source>Import a list first.</source>
        <translation>Mewnforiwch restr yn gyntaf.</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>Tynnu oddi ar y rhestr</translation>
    </message>
    <message>
        <source>Take {name} off this list, with the calls made to them? Their caseload record, if any, stays.</source>
        <translation>Tynnu {name} oddi ar y rhestr hon, gyda&apos;r galwadau a wnaed iddyn nhw? Mae eu cofnod ar y llwyth achosion, os oes un, yn aros.</translation>
    </message>
    <message>
        <source>{name} is off the list.</source>
        <translation>Mae {name} oddi ar y rhestr.</translation>
    </message>
    <message>
        <source>Share out the list</source>
        <translation>Rhannu&apos;r rhestr</translation>
    </message>
    <message>
        <source>Share the people still to call between (names, separated by commas):</source>
        <translation>Rhannu&apos;r bobl sydd dal i&apos;w ffonio rhwng (enwau, wedi&apos;u gwahanu gan atalnodau):</translation>
    </message>
    <message>
        <source>Shared out between {names}.</source>
        <translation>Wedi&apos;i rhannu rhwng {names}.</translation>
    </message>
    <message>
        <source>Import an outreach list</source>
        <translation>Mewnforio rhestr allgymorth</translation>
    </message>
    <message>
        <source>GP system search export (*.csv *.xlsx)</source>
        <translation>Allforiad chwiliad o system y meddyg teulu (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Name the list</source>
        <translation>Enwi&apos;r rhestr</translation>
    </message>
    <message>
        <source>What is this list called?</source>
        <translation>Beth yw enw&apos;r rhestr hon?</translation>
    </message>
    <message>
        <source>Why were these people chosen?</source>
        <translation>Pam y dewiswyd y bobl hyn?</translation>
    </message>
    <message>
        <source>Importing the list…</source>
        <translation>Wrthi&apos;n mewnforio&apos;r rhestr…</translation>
    </message>
</context>
<context>
    <name>sync.actions</name>
    <message>
        <source>Team sync</source>
        <translation>Cysoni&apos;r tîm</translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>&amp;Tîm</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Cysoni nawr</translation>
    </message>
    <message>
        <source>Send this laptop&apos;s changes to the team hub and fetch the team&apos;s (F9)</source>
        <translation>Anfon newidiadau&apos;r gliniadur hwn i hyb y tîm a nôl rhai&apos;r tîm (F9)</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Gwrthdaro…</translation>
    </message>
    <message>
        <source>Status moves made two ways on different laptops, for you to choose, and records a sync set aside</source>
        <translation>Newidiadau statws a wnaed mewn dwy ffordd ar liniaduron gwahanol, i chi ddewis rhyngddyn nhw, a chofnodion a neilltuwyd gan gysoni</translation>
    </message>
    <message>
        <source>Sync stopped: something went wrong</source>
        <translation>Cysoni wedi stopio: aeth rhywbeth o&apos;i le</translation>
    </message>
</context>
<context>
    <name>sync.conflicts_dialog</name>
    <message>
        <source>Conflicts to settle</source>
        <translation>Gwrthdaro i&apos;w ddatrys</translation>
    </message>
    <message>
        <source>Conflicts and records set aside</source>
        <translation>Gwrthdaro a chofnodion a neilltuwyd</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wrthi&apos;n llwytho…</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Gwrthdaro</translation>
    </message>
    <message>
        <source>&amp;Moves to settle</source>
        <translation>&amp;Newidiadau i&apos;w datrys</translation>
    </message>
    <message>
        <source>&amp;Keep this move</source>
        <translation>&amp;Cadw&apos;r newid hwn</translation>
    </message>
    <message>
        <source>Keep the chosen move</source>
        <translation>Cadw&apos;r newid a ddewiswyd</translation>
    </message>
    <message>
        <source>Records set aside</source>
        <translation>Cofnodion a neilltuwyd</translation>
    </message>
    <message>
        <source>What to do about it</source>
        <translation>Beth i&apos;w wneud amdano</translation>
    </message>
    <message>
        <source>&amp;Set aside</source>
        <translation>&amp;Wedi&apos;u neilltuo</translation>
    </message>
    <message>
        <source>&amp;Set aside ({count})</source>
        <translation>&amp;Wedi&apos;u neilltuo ({count})</translation>
    </message>
    <message>
        <source>A sync could not take these records here, so it kept them aside, whole: nothing is lost. Choose one to see what to do.</source>
        <translation>Doedd dim modd i gysoni dderbyn y cofnodion hyn yma, felly fe&apos;u cadwodd o&apos;r neilltu, yn gyfan: does dim wedi&apos;i golli. Dewiswch un i weld beth i&apos;w wneud.</translation>
    </message>
    <message>
        <source>Nothing has been set aside on this laptop.</source>
        <translation>Does dim wedi&apos;i neilltuo ar y gliniadur hwn.</translation>
    </message>
    <message>
        <source>What to do: {resolve}</source>
        <translation>Beth i&apos;w wneud: {resolve}</translation>
    </message>
    <message>
        <source>These records were moved two ways on different laptops. Choose which move stands; your choice goes to the team on the next sync.</source>
        <translation>Cafodd y cofnodion hyn eu newid mewn dwy ffordd ar liniaduron gwahanol. Dewiswch pa newid sy&apos;n sefyll; bydd eich dewis yn mynd i&apos;r tîm y tro nesaf y byddwch yn cysoni.</translation>
    </message>
    <message>
        <source>No conflicts are waiting: every laptop agrees.</source>
        <translation>Does dim gwrthdaro yn aros: mae pob gliniadur yn cytuno.</translation>
    </message>
    <message>
        <source>Which move stands for {what}?</source>
        <translation>Pa newid sy&apos;n sefyll ar gyfer {what}?</translation>
    </message>
</context>
<context>
    <name>sync.hand_over</name>
    <message>
        <source>Hand {name} over</source>
        <translation>Trosglwyddo {name}</translation>
    </message>
    <message>
        <source>Hand this person over</source>
        <translation>Trosglwyddo&apos;r person hwn</translation>
    </message>
    <message>
        <source>Loading the team…</source>
        <translation>Wrthi&apos;n llwytho&apos;r tîm…</translation>
    </message>
    <message>
        <source>Team member to hand over to</source>
        <translation>Aelod o&apos;r tîm i drosglwyddo iddo</translation>
    </message>
    <message>
        <source>A &amp;word for them (optional):</source>
        <translation>&amp;Gair iddyn nhw (dewisol):</translation>
    </message>
    <message>
        <source>A word for them</source>
        <translation>Gair iddyn nhw</translation>
    </message>
    <message>
        <source>What is going on, what is next</source>
        <translation>Beth sy&apos;n digwydd, beth sydd nesaf</translation>
    </message>
    <message>
        <source>Why it could not be handed over</source>
        <translation>Pam nad oedd modd ei drosglwyddo</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Trosglwyddo</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Trosglwyddo</translation>
    </message>
    <message>
        <source>&amp;Who takes this person over? It reaches their laptop on the next sync, and shows on their Today list.</source>
        <translation>Pwy sy&apos;n cymryd y person hwn &amp;drosodd? Bydd yn cyrraedd eu gliniadur y tro nesaf y bydd yn cysoni, ac yn dangos ar eu rhestr Heddiw.</translation>
    </message>
    <message>
        <source>This laptop does not know the team yet: sync once (Team → Sync now, F9), then hand over.</source>
        <translation>Dydy&apos;r gliniadur hwn ddim yn adnabod y tîm eto: cysonwch unwaith (Tîm → Cysoni nawr, F9), yna trosglwyddo.</translation>
    </message>
    <message>
        <source>That could not be done.</source>
        <translation>Doedd dim modd gwneud hynny.</translation>
    </message>
</context>
<context>
    <name>sync.person_menu</name>
    <message>
        <source>Team hu&amp;b</source>
        <translation>Hyb y tî&amp;m</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <source>&amp;Hand over to a colleague…</source>
        <translation>&amp;Trosglwyddo i gydweithiwr…</translation>
    </message>
    <message>
        <source>Give this person to another link worker of the team</source>
        <translation>Rhoi&apos;r person hwn i weithiwr cyswllt arall yn y tîm</translation>
    </message>
    <message>
        <source>&amp;Who looked at this record…</source>
        <translation>&amp;Pwy edrychodd ar y cofnod hwn…</translation>
    </message>
    <message>
        <source>Everyone in the team who opened this record, and when</source>
        <translation>Pawb yn y tîm a agorodd y cofnod hwn, a phryd</translation>
    </message>
</context>
<context>
    <name>sync.who_looked</name>
    <message>
        <source>Who looked at {name}&apos;s record</source>
        <translation>Pwy edrychodd ar gofnod {name}</translation>
    </message>
    <message>
        <source>Who looked at this record</source>
        <translation>Pwy edrychodd ar y cofnod hwn</translation>
    </message>
    <message>
        <source>Asking the team hub…</source>
        <translation>Wrthi&apos;n holi hyb y tîm…</translation>
    </message>
    <message>
        <source>Who looked, newest first</source>
        <translation>Pwy edrychodd, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>Everyone in the team who opened this record, newest first:</source>
        <translation>Pawb yn y tîm a agorodd y cofnod hwn, y diweddaraf yn gyntaf:</translation>
    </message>
    <message>
        <source>No one in the team has opened this record.</source>
        <translation>Does neb yn y tîm wedi agor y cofnod hwn.</translation>
    </message>
    <message>
        <source>The team hub cannot be reached just now, so who looked elsewhere cannot be shown; this laptop&apos;s audit trail shows who looked here.</source>
        <translation>Does dim modd cyrraedd hyb y tîm ar hyn o bryd, felly does dim modd dangos pwy edrychodd mewn mannau eraill; mae trywydd archwilio&apos;r gliniadur hwn yn dangos pwy edrychodd yma.</translation>
    </message>
    <message>
        <source>That could not be shown.</source>
        <translation>Doedd dim modd dangos hynny.</translation>
    </message>
</context>
<context>
    <name>sync.words</name>
    <message>
        <source>Hub not reachable: working offline</source>
        <translation>Dim modd cyrraedd yr hyb: yn gweithio all-lein</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Ionawr</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Chwefror</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Mawrth</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Ebrill</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Mehefin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Gorffennaf</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Awst</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Medi</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Hydref</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Tachwedd</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Rhagfyr</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Wedi cysoni gynnau</translation>
    </message>
    <message>
        <source>Synced 1 minute ago</source>
        <translation>Wedi cysoni 1 funud yn ôl</translation>
    </message>
    <message>
        <source>Synced {count} minutes ago</source>
        <translation>Wedi cysoni {count} munud yn ôl</translation>
    </message>
    <message>
        <source>Synced 1 hour ago</source>
        <translation>Wedi cysoni 1 awr yn ôl</translation>
    </message>
    <message>
        <source>Synced {count} hours ago</source>
        <translation>Wedi cysoni {count} awr yn ôl</translation>
    </message>
    <message>
        <source>Synced on {day} {month}</source>
        <translation>Wedi cysoni ar {day} {month}</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 newid yn aros</translation>
    </message>
    <message>
        <source>{count} changes waiting</source>
        <translation>{count} newid yn aros</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wrthi&apos;n cysoni…</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Heb gysoni eto</translation>
    </message>
    <message>
        <source>1 conflict to settle</source>
        <translation>1 gwrthdaro i&apos;w ddatrys</translation>
    </message>
    <message>
        <source>{count} conflicts to settle</source>
        <translation>{count} gwrthdaro i&apos;w datrys</translation>
    </message>
</context>
</TS>
