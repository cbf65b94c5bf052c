<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>caseload_filters</name>
    <message>
        <source>Any</source>
        <translation>Unrhyw</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Hidlo yn ôl statws</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Atgyfeiriadau agored</translation>
    </message>
    <message>
        <source>&amp;Practice:</source>
        <translation>Meddy&amp;gfa:</translation>
    </message>
    <message>
        <source>Filter by practice</source>
        <translation>Hidlo yn ôl meddygfa</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>Gweithi&amp;wr:</translation>
    </message>
    <message>
        <source>Filter by link worker</source>
        <translation>Hidlo yn ôl gweithiwr cyswllt</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <source>Filter by referral reason</source>
        <translation>Hidlo yn ôl rheswm yr atgyfeiriad</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Dros amser yn &amp;unig</translation>
    </message>
    <message>
        <source>Only people whose next contact is overdue</source>
        <translation>Dim ond pobl y mae eu cyswllt nesaf yn hwyr</translation>
    </message>
</context>
<context>
    <name>connector</name>
    <message>
        <source>Linkwell — community connector</source>
        <translation>Linkwell — cysylltydd cymunedol</translation>
    </message>
    <message>
        <source>Linkwell for a community connector</source>
        <translation>Linkwell ar gyfer cysylltydd cymunedol</translation>
    </message>
    <message>
        <source>&amp;Waiting-room capture…</source>
        <translation>Cofnodi yn yr &amp;ystafell aros…</translation>
    </message>
    <message>
        <source>Hand a person&apos;s details to a link worker: held for them, not kept here</source>
        <translation>Trosglwyddo manylion person i weithiwr cyswllt: fe&apos;u cedwir ar ei gyfer, nid yma</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>C&amp;ofnodi</translation>
    </message>
    <message>
        <source>Captures handed in</source>
        <translation>Cofnodion a drosglwyddwyd</translation>
    </message>
    <message>
        <source>1 capture handed in for a link worker this session.</source>
        <translation>1 cofnod wedi&apos;i drosglwyddo i weithiwr cyswllt yn y sesiwn hon.</translation>
    </message>
    <message>
        <source>{count} captures handed in for a link worker this session.</source>
        <translation>Cofnodion wedi&apos;u trosglwyddo i weithiwr cyswllt yn y sesiwn hon: {count}.</translation>
    </message>
    <message>
        <source>Waiting-room capture</source>
        <translation>Cofnodi yn yr ystafell aros</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Phone or email</source>
        <translation>Ffôn neu e-bost</translation>
    </message>
    <message>
        <source>What matters to them</source>
        <translation>Beth sy&apos;n bwysig iddyn nhw</translation>
    </message>
    <message>
        <source>They agree a link worker may &amp;contact them</source>
        <translation>Maen nhw&apos;n cytuno y caiff gweithiwr cyswllt &amp;gysylltu â nhw</translation>
    </message>
    <message>
        <source>They agree a link worker may contact them</source>
        <translation>Maen nhw&apos;n cytuno y caiff gweithiwr cyswllt gysylltu â nhw</translation>
    </message>
    <message>
        <source>Capture message</source>
        <translation>Neges y cofnod</translation>
    </message>
    <message>
        <source>Handed to a link worker when you save: it cannot be read back on this laptop.</source>
        <translation>Caiff ei drosglwyddo i weithiwr cyswllt pan fyddwch yn cadw: nid oes modd ei ddarllen eto ar y gliniadur hwn.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Enw cyntaf:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Cyfenw:</translation>
    </message>
    <message>
        <source>&amp;Phone or email:</source>
        <translation>&amp;Ffôn neu e-bost:</translation>
    </message>
    <message>
        <source>What &amp;matters:</source>
        <translation>Beth sy&apos;n &amp;bwysig:</translation>
    </message>
    <message>
        <source>&amp;Hand in</source>
        <translation>&amp;Trosglwyddo</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;nslo</translation>
    </message>
    <message>
        <source>Type a first name and a last name.</source>
        <translation>Teipiwch enw cyntaf a chyfenw.</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Linkwell will open in English next time it starts.</source>
        <translation>Bydd Linkwell yn agor yn Saesneg y tro nesaf y bydd yn cychwyn.</translation>
    </message>
    <message>
        <source>Linkwell will open in Welsh next time it starts.</source>
        <translation>Bydd Linkwell yn agor yn Gymraeg y tro nesaf y bydd yn cychwyn.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>Keyboard shortcuts of this window</source>
        <translation>Llwybrau byr bysellfwrdd y ffenestr hon</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I wneud hyn</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Pwyswch</translation>
    </message>
    <message>
        <source>Alt with an underlined letter opens a menu or presses a button. Tab moves to the next field; Escape closes a dialog.</source>
        <translation>Mae Alt gyda llythyren wedi&apos;i thanlinellu yn agor dewislen neu&apos;n pwyso botwm. Mae Tab yn symud i&apos;r maes nesaf; mae Escape yn cau deialog.</translation>
    </message>
    <message>
        <source>in development</source>
        <translation>wrthi&apos;n cael ei ddatblygu</translation>
    </message>
    <message>
        <source>&lt;p&gt;Casework for social prescribing link workers, navigators and the GPs they work with. It works without a connection: records are kept encrypted on this computer and shared with your team&apos;s hub when one is set up.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Gwaith achos ar gyfer gweithwyr cyswllt presgripsiynu cymdeithasol, llywwyr a&apos;r meddygon teulu y maen nhw&apos;n gweithio gyda nhw. Mae&apos;n gweithio heb gysylltiad: caiff cofnodion eu cadw wedi&apos;u hamgryptio ar y cyfrifiadur hwn a&apos;u rhannu â hyb eich tîm pan fydd un wedi&apos;i osod.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt {version}. Free software under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wedi&apos;i adeiladu gyda Qt {version}. Meddalwedd rydd o dan drwydded MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>C&amp;ymorth</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>Llwybrau byr &amp;bysellfwrdd…</translation>
    </message>
    <message>
        <source>&amp;About Linkwell</source>
        <translation>&amp;Ynghylch Linkwell</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>Choose the language Linkwell opens in</source>
        <translation>Dewiswch yr iaith y bydd Linkwell yn agor ynddi</translation>
    </message>
    <message>
        <source>Language chosen</source>
        <translation>Iaith wedi&apos;i dewis</translation>
    </message>
    <message>
        <source>About Linkwell</source>
        <translation>Ynghylch Linkwell</translation>
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <source>Linkwell — locked</source>
        <translation>Linkwell — wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>That passphrase is not right. You can try again in 1 second.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n gywir. Gallwch roi cynnig arall ymhen 1 eiliad.</translation>
    </message>
    <message>
        <source>That passphrase is not right. You can try again in {seconds} seconds.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n gywir. Gallwch roi cynnig arall ymhen {seconds} eiliad.</translation>
    </message>
    <message>
        <source>Linkwell is locked</source>
        <translation>Mae Linkwell wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>Type your passphrase to carry on where you left off.
Nothing you were doing has been closed or lost.</source>
        <translation>Teipiwch eich cyfrinymadrodd i barhau o&apos;r man lle&apos;r oeddech chi.
Nid oes dim o&apos;r hyn yr oeddech yn ei wneud wedi&apos;i gau na&apos;i golli.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Neges datgloi</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>C&amp;loi nawr</translation>
    </message>
    <message>
        <source>Hide everything until the passphrase is typed again</source>
        <translation>Cuddio popeth nes bydd y cyfrinymadrodd wedi&apos;i deipio eto</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wrthi&apos;n gwirio…</translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n gywir. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Diogelwch</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Trywydd archwilio…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Copïau wrth &amp;gefn…</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Newid y &amp;cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Show the &amp;recovery key…</source>
        <translation>Dangos yr allwedd &amp;adfer…</translation>
    </message>
    <message>
        <source>Change the database &amp;key…</source>
        <translation>Newid allwedd y gronfa &amp;ddata…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Choose a backup to restore in the next window (the newest is selected).</source>
        <translation>Dewiswch gopi wrth gefn i&apos;w adfer yn y ffenestr nesaf (mae&apos;r un mwyaf diweddar wedi&apos;i ddewis).</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>DEMO: everyone in this database is fictional. Do not enter real people here.</source>
        <translation>DEMO: mae pawb yn y gronfa ddata hon yn ffuglennol. Peidiwch â rhoi pobl go iawn yma.</translation>
    </message>
    <message>
        <source>Linkwell — DEMO (fictional people) — {file}</source>
        <translation>Linkwell — DEMO (pobl ffuglennol) — {file}</translation>
    </message>
    <message>
        <source>Linkwell — {file}</source>
        <translation>Linkwell — {file}</translation>
    </message>
    <message>
        <source>1 person (filtered)</source>
        <translation>1 person (wedi&apos;i hidlo)</translation>
    </message>
    <message>
        <source>{count} people (filtered)</source>
        <translation>{count} o bobl (wedi&apos;u hidlo)</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} o bobl</translation>
    </message>
    <message>
        <source>Caseload filters</source>
        <translation>Hidlwyr y llwyth achosion</translation>
    </message>
    <message>
        <source>Loading the caseload…</source>
        <translation>Wrthi&apos;n llwytho&apos;r llwyth achosion…</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Nifer y bobl</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Bar statws</translation>
    </message>
    <message>
        <source>Thank you, {name}: the trail and letters now give your name.</source>
        <translation>Diolch, {name}: mae&apos;r trywydd a&apos;r llythyrau bellach yn rhoi eich enw.</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Llwyth achosion</translation>
    </message>
    <message>
        <source>One row per person: name, age, NHS number, practice and status.</source>
        <translation>Un rhes i bob person: enw, oedran, rhif GIG, meddygfa a statws.</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Cronfa ddata demo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>Close Linkwell</source>
        <translation>Cau Linkwell</translation>
    </message>
    <message>
        <source>&amp;Import people from a spreadsheet…</source>
        <translation>&amp;Mewnforio pobl o daenlen…</translation>
    </message>
    <message>
        <source>Bring in people and their open referrals from CSV or Excel</source>
        <translation>Dod â phobl a&apos;u hatgyfeiriadau agored i mewn o CSV neu Excel</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heddiw</translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation>&amp;Llwyth achosion</translation>
    </message>
    <message>
        <source>&amp;Find a person…</source>
        <translation>&amp;Canfod person…</translation>
    </message>
    <message>
        <source>No one matches these filters.</source>
        <translation>Nid oes neb yn cyfateb i&apos;r hidlwyr hyn.</translation>
    </message>
    <message>
        <source>No one is on the caseload yet.</source>
        <translation>Nid oes neb ar y llwyth achosion eto.</translation>
    </message>
    <message>
        <source>The caseload can be sorted by {first} or {second}.</source>
        <translation>Gellir trefnu&apos;r llwyth achosion yn ôl {first} neu {second}.</translation>
    </message>
</context>
<context>
    <name>models.audit_model</name>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
</context>
<context>
    <name>models.call_model</name>
    <message>
        <source>Loading…</source>
        <translation>Wrthi&apos;n llwytho…</translation>
    </message>
    <message>
        <source>(no longer on the list)</source>
        <translation>(nid yw ar y rhestr bellach)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Ymgais ddiwethaf</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Meddygfa</translation>
    </message>
    <message>
        <source>{name} (on the caseload)</source>
        <translation>{name} (ar y llwyth achosion)</translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>Dim ffôn</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Erioed</translation>
    </message>
</context>
<context>
    <name>models.caseload_model</name>
    <message>
        <source>Loading…</source>
        <translation>Wrthi&apos;n llwytho…</translation>
    </message>
    <message>
        <source>(no longer on the caseload)</source>
        <translation>(nid yw ar y llwyth achosion bellach)</translation>
    </message>
    <message>
        <source>(could not be loaded)</source>
        <translation>(methu ei lwytho)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Oedran</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Meddygfa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Days in status</source>
        <translation>Dyddiau yn y statws</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Cam nesaf</translation>
    </message>
</context>
<context>
    <name>models.hits_model</name>
    <message>
        <source>not checked lately</source>
        <translation>heb ei wirio ers tro</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>hysbysiad</translation>
    </message>
    <message>
        <source>gone from its feed</source>
        <translation>wedi diflannu o&apos;i ffrwd</translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation>Heb ei wirio erioed</translation>
    </message>
    <message>
        <source>Last checked {date}</source>
        <translation>Gwiriwyd ddiwethaf {date}</translation>
    </message>
    <message>
        <source>run by {organisation}</source>
        <translation>yn cael ei redeg gan {organisation}</translation>
    </message>
    <message>
        <source>meets {when}</source>
        <translation>yn cyfarfod {when}</translation>
    </message>
    <message>
        <source>at {where}</source>
        <translation>lleoliad: {where}</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Linkwell letter</source>
        <translation>Llythyr Linkwell</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>llythyr</translation>
    </message>
    <message>
        <source>Print preview: {title}</source>
        <translation>Rhagolwg argraffu: {title}</translation>
    </message>
</context>
<context>
    <name>quick_find</name>
    <message>
        <source>Type a name, an NHS number or a date of birth (DD/MM/YYYY).</source>
        <translation>Teipiwch enw, rhif GIG neu ddyddiad geni (DD/MM/BBBB).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>enw</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>rhif GIG</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>dyddiad geni</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>ganwyd {date}</translation>
    </message>
    <message>
        <source>NHS {number}</source>
        <translation>GIG {number}</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Canfod person</translation>
    </message>
    <message>
        <source>Search for a person</source>
        <translation>Chwilio am berson</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Pobl a ganfuwyd</translation>
    </message>
    <message>
        <source>Search result count</source>
        <translation>Nifer y canlyniadau</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Canfod:</translation>
    </message>
    <message>
        <source>No one found for “{text}”.</source>
        <translation>Ni chanfuwyd neb ar gyfer “{text}”.</translation>
    </message>
    <message>
        <source>1 person found by {why}. Enter opens the highlighted person; arrow keys choose.</source>
        <translation>Canfuwyd 1 person yn ôl {why}. Mae Enter yn agor y person sydd wedi&apos;i amlygu; mae&apos;r bysellau saeth yn dewis.</translation>
    </message>
    <message>
        <source>{count} people found by {why}. Enter opens the highlighted person; arrow keys choose.</source>
        <translation>Canfuwyd {count} o bobl yn ôl {why}. Mae Enter yn agor y person sydd wedi&apos;i amlygu; mae&apos;r bysellau saeth yn dewis.</translation>
    </message>
</context>
<context>
    <name>runner</name>
    <message>
        <source>Something went wrong, and Linkwell could not finish that. The details below will help whoever looks after Linkwell to put it right.</source>
        <translation>Aeth rhywbeth o&apos;i le, ac ni allai Linkwell orffen hynny. Bydd y manylion isod yn helpu pwy bynnag sy&apos;n gofalu am Linkwell i&apos;w unioni.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Neges gwall</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
</context>
<context>
    <name>today</name>
    <message>
        <source>Handed to you</source>
        <translation>Wedi&apos;u trosglwyddo i chi</translation>
    </message>
    <message>
        <source>New referrals not yet contacted</source>
        <translation>Atgyfeiriadau newydd heb gyswllt eto</translation>
    </message>
    <message>
        <source>Every referral has had a first contact.</source>
        <translation>Mae pob atgyfeiriad wedi cael cyswllt cyntaf.</translation>
    </message>
    <message>
        <source>Follow-ups due and overdue</source>
        <translation>Apwyntiadau dilynol sy&apos;n ddyledus neu&apos;n hwyr</translation>
    </message>
    <message>
        <source>No follow-ups are due.</source>
        <translation>Nid oes apwyntiadau dilynol yn ddyledus.</translation>
    </message>
    <message>
        <source>Waiting for a service with a waiting list</source>
        <translation>Yn aros am wasanaeth sydd â rhestr aros</translation>
    </message>
    <message>
        <source>No one is waiting for a full service.</source>
        <translation>Nid oes neb yn aros am wasanaeth llawn.</translation>
    </message>
    <message>
        <source>Affected by a service change</source>
        <translation>Wedi&apos;u heffeithio gan newid i wasanaeth</translation>
    </message>
    <message>
        <source>No one is connected to a service that has closed or filled up.</source>
        <translation>Nid oes neb wedi&apos;i gysylltu â gwasanaeth sydd wedi cau neu sy&apos;n llawn.</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Gweithgarwch diweddar</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet.</source>
        <translation>Nid oes dim wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heddiw</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Today&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Heddiw&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Take up without opening</source>
        <translation>Derbyn heb agor</translation>
    </message>
    <message>
        <source>Take up the chosen person handed to you, without opening</source>
        <translation>Derbyn y person a ddewiswyd a drosglwyddwyd i chi, heb agor y cofnod</translation>
    </message>
    <message>
        <source>the {shown} most urgent of {total}</source>
        <translation>y {shown} mwyaf brys o {total}</translation>
    </message>
</context>
<context>
    <name>widgets.common</name>
    <message>
        <source>{text} is not a date Linkwell understands; type it as DD/MM/YYYY, e.g. 22/11/1950.</source>
        <translation>Nid yw {text} yn ddyddiad y mae Linkwell yn ei ddeall; teipiwch ef fel DD/MM/BBBB, e.e. 22/11/1950.</translation>
    </message>
    <message>
        <source>{name} message</source>
        <translation>Neges: {name}</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Dadwneud (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the deletion</source>
        <translation>Dadwneud y dileu</translation>
    </message>
</context>
<context>
    <name>widgets.when_edit</name>
    <message>
        <source>When, as read</source>
        <translation>Pryd, fel y&apos;i darllenwyd</translation>
    </message>
</context>
<context>
    <name>widgets.worker_name</name>
    <message>
        <source>Who is working on this database? Your name goes in the audit trail and on letters as who did what; it is asked once.</source>
        <translation>Pwy sy&apos;n gweithio ar y gronfa ddata hon? Mae eich enw&apos;n mynd yn y trywydd archwilio ac ar lythyrau i ddangos pwy wnaeth beth; dim ond unwaith y gofynnir.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>Your name, as the audit trail and letters give it</source>
        <translation>Eich enw, fel y mae&apos;r trywydd archwilio a&apos;r llythyrau&apos;n ei roi</translation>
    </message>
    <message>
        <source>Your full name, for example Ann Shaw</source>
        <translation>Eich enw llawn, er enghraifft Ann Shaw</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Eich &amp;enw:</translation>
    </message>
    <message>
        <source>Save my name</source>
        <translation>Cadw fy enw</translation>
    </message>
    <message>
        <source>Save your name</source>
        <translation>Cadw eich enw</translation>
    </message>
    <message>
        <source>Name message</source>
        <translation>Neges yr enw</translation>
    </message>
</context>
</TS>
