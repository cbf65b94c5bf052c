<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>dialogs.audit_log</name>
    <message>
        <source>view</source>
        <translation>gweld</translation>
    </message>
    <message>
        <source>create</source>
        <translation>creu</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>golygu</translation>
    </message>
    <message>
        <source>export</source>
        <translation>allforio</translation>
    </message>
    <message>
        <source>print</source>
        <translation>argraffu</translation>
    </message>
    <message>
        <source>import</source>
        <translation>mewnforio</translation>
    </message>
    <message>
        <source>erase</source>
        <translation>dileu</translation>
    </message>
    <message>
        <source>The trail is intact: all 1 event are in order, and none has been removed or altered.</source>
        <translation>Mae&apos;r trywydd yn gyfan: mae&apos;r 1 digwyddiad mewn trefn, ac nid oes dim wedi&apos;i dynnu na&apos;i newid.</translation>
    </message>
    <message>
        <source>The trail is intact: all {count} events are in order, and none has been removed or altered.</source>
        <translation>Mae&apos;r trywydd yn gyfan: mae pob un o&apos;r {count} digwyddiad mewn trefn, ac nid oes yr un wedi&apos;i dynnu na&apos;i newid.</translation>
    </message>
    <message>
        <source>The trail has been tampered with. {problems}</source>
        <translation>Mae rhywun wedi ymyrryd â&apos;r trywydd. {problems}</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Trywydd archwilio</translation>
    </message>
    <message>
        <source>anyone: type a name or an NHS number</source>
        <translation>unrhyw un: teipiwch enw neu rif GIG</translation>
    </message>
    <message>
        <source>Person&apos;s name or NHS number</source>
        <translation>Enw&apos;r person neu rif GIG</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Pob gweithred</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Gweithred:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Dangos</translation>
    </message>
    <message>
        <source>Audit events, newest first</source>
        <translation>Digwyddiadau archwilio, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>The chosen event, whole</source>
        <translation>Y digwyddiad a ddewiswyd, yn llawn</translation>
    </message>
    <message>
        <source>Choose an event above to read all of it here.</source>
        <translation>Dewiswch ddigwyddiad uchod i&apos;w ddarllen yn llawn yma.</translation>
    </message>
    <message>
        <source>Audit message</source>
        <translation>Neges archwilio</translation>
    </message>
    <message>
        <source>&amp;Verify the trail</source>
        <translation>Gw&amp;irio&apos;r trywydd</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Allforio CSV…</translation>
    </message>
    <message>
        <source>Nothing in the trail is about anyone called or numbered &apos;{who}&apos;.</source>
        <translation>Does dim yn y trywydd am unrhyw un o&apos;r enw neu â&apos;r rhif &apos;{who}&apos;.</translation>
    </message>
    <message>
        <source>1 event, newest first.</source>
        <translation>1 digwyddiad, y diweddaraf yn gyntaf.</translation>
    </message>
    <message>
        <source>{count} events, newest first.</source>
        <translation>{count} digwyddiad, y diweddaraf yn gyntaf.</translation>
    </message>
    <message>
        <source>Checking every event in the trail…</source>
        <translation>Wrthi&apos;n gwirio pob digwyddiad yn y trywydd…</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Allforio&apos;r trywydd archwilio</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote {count} audit events to {path}.</source>
        <translation>Ysgrifennwyd {count} digwyddiad archwilio i {path}.</translation>
    </message>
</context>
<context>
    <name>dialogs.backups</name>
    <message>
        <source>The backup from {label} opens and is sound: it holds 1 person.</source>
        <translation>Mae&apos;r copi wrth gefn o {label} yn agor ac mewn cyflwr da: mae&apos;n cynnwys 1 person.</translation>
    </message>
    <message>
        <source>The backup from {label} opens and is sound: it holds {count} people.</source>
        <translation>Mae&apos;r copi wrth gefn o {label} yn agor ac mewn cyflwr da: mae&apos;n cynnwys {count} o bobl.</translation>
    </message>
    <message>
        <source>Taking a backup before closing…</source>
        <translation>Wrthi&apos;n gwneud copi wrth gefn cyn cau…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copïau wrth gefn</translation>
    </message>
    <message>
        <source>Linkwell keeps the newest {keep} encrypted backups of {file} in {folder}. Copy them somewhere off this computer too.</source>
        <translation>Mae Linkwell yn cadw&apos;r {keep} copi wrth gefn diweddaraf o {file}, wedi&apos;u hamgryptio, yn {folder}. Copïwch nhw i rywle oddi ar y cyfrifiadur hwn hefyd.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copïau wrth gefn, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>Backup message</source>
        <translation>Neges copi wrth gefn</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Gwneud copi wrth gefn nawr</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>Gw&amp;irio</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Adfer…</translation>
    </message>
    <message>
        <source>There are no backups yet: Linkwell takes one when it closes and once a day.</source>
        <translation>Does dim copïau wrth gefn eto: mae Linkwell yn gwneud un wrth gau ac unwaith y dydd.</translation>
    </message>
    <message>
        <source>Taking a backup…</source>
        <translation>Wrthi&apos;n gwneud copi wrth gefn…</translation>
    </message>
    <message>
        <source>Taking an encrypted backup…</source>
        <translation>Wrthi&apos;n gwneud copi wrth gefn wedi&apos;i amgryptio…</translation>
    </message>
    <message>
        <source>Backed up: {label}.</source>
        <translation>Copi wrth gefn wedi&apos;i wneud: {label}.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Wrthi&apos;n gwirio&apos;r copi wrth gefn…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Adfer copi wrth gefn</translation>
    </message>
    <message>
        <source>Put the backup from {label} in place of the database? Anything written since then will not be in it. The file it replaces is kept aside, beside the database, so nothing is deleted.</source>
        <translation>Rhoi&apos;r copi wrth gefn o {label} yn lle&apos;r gronfa ddata? Fydd dim a ysgrifennwyd ers hynny ynddo. Caiff y ffeil y mae&apos;n ei disodli ei chadw o&apos;r neilltu, wrth ymyl y gronfa ddata, felly does dim yn cael ei ddileu.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Adfer</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Wrthi&apos;n adfer…</translation>
    </message>
    <message>
        <source>Restored the backup from {label}.</source>
        <translation>Adferwyd y copi wrth gefn o {label}.</translation>
    </message>
    <message>
        <source>Restored the backup from {label}. The database it replaced is kept as {file}, beside it.</source>
        <translation>Adferwyd y copi wrth gefn o {label}. Mae&apos;r gronfa ddata a ddisodlwyd wedi&apos;i chadw fel {file}, wrth ei hymyl.</translation>
    </message>
</context>
<context>
    <name>dialogs.import_people</name>
    <message>
        <source>(not in the file)</source>
        <translation>(ddim yn y ffeil)</translation>
    </message>
    <message>
        <source>Would add the practices {names}.</source>
        <translation>Byddai&apos;n ychwanegu&apos;r meddygfeydd {names}.</translation>
    </message>
    <message>
        <source>Would add the practice {names}.</source>
        <translation>Byddai&apos;n ychwanegu&apos;r feddygfa {names}.</translation>
    </message>
    <message>
        <source>Added the practices {names}.</source>
        <translation>Ychwanegwyd y meddygfeydd {names}.</translation>
    </message>
    <message>
        <source>Added the practice {names}.</source>
        <translation>Ychwanegwyd y feddygfa {names}.</translation>
    </message>
    <message>
        <source>Import people from a spreadsheet</source>
        <translation>Mewnforio pobl o daenlen</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Ffeil taenlen</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file with one person per row</source>
        <translation>Ffeil .csv neu .xlsx, un person i bob rhes</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Dewis ffeil…</translation>
    </message>
    <message>
        <source>Choose a spreadsheet file</source>
        <translation>Dewis ffeil taenlen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ffeil:</translation>
    </message>
    <message>
        <source>{field} (needed)</source>
        <translation>{field} (angenrheidiol)</translation>
    </message>
    <message>
        <source>Column for {field}</source>
        <translation>Colofn ar gyfer {field}</translation>
    </message>
    <message>
        <source>Preview of the first rows as they will be read</source>
        <translation>Rhagolwg o&apos;r rhesi cyntaf fel y cânt eu darllen</translation>
    </message>
    <message>
        <source>What the import found</source>
        <translation>Yr hyn a ganfu&apos;r mewnforio</translation>
    </message>
    <message>
        <source>Choose a file, check the columns, then Check or Import.</source>
        <translation>Dewiswch ffeil, gwiriwch y colofnau, yna Gwirio neu Mewnforio.</translation>
    </message>
    <message>
        <source>Chec&amp;k without importing</source>
        <translation>Gwiri&amp;o heb fewnforio</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <source>Check the file without importing</source>
        <translation>Gwirio&apos;r ffeil heb fewnforio</translation>
    </message>
    <message>
        <source>Import the people</source>
        <translation>Mewnforio&apos;r bobl</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Pre&amp;view:</source>
        <translation>&amp;Rhagolwg:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Canlyniad:</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Dewis taenlen</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>Taenlenni (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Wrthi&apos;n darllen y ffeil…</translation>
    </message>
    <message>
        <source>1 row to read. Columns were matched by their headings; change any that are wrong, then Check or Import.</source>
        <translation>1 rhes i&apos;w darllen. Cafodd y colofnau eu paru yn ôl eu penawdau; newidiwch unrhyw rai sy&apos;n anghywir, yna Gwirio neu Mewnforio.</translation>
    </message>
    <message>
        <source>{count} rows to read. Columns were matched by their headings; change any that are wrong, then Check or Import.</source>
        <translation>{count} rhes i&apos;w darllen. Cafodd y colofnau eu paru yn ôl eu penawdau; newidiwch unrhyw rai sy&apos;n anghywir, yna Gwirio neu Mewnforio.</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>llinell {line}</translation>
    </message>
    <message>
        <source>Choose the columns that hold the given name and the family name.</source>
        <translation>Dewiswch y colofnau sy&apos;n dal yr enw cyntaf a&apos;r cyfenw.</translation>
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
        <source>Checking the spreadsheet…</source>
        <translation>Wrthi&apos;n gwirio&apos;r daenlen…</translation>
    </message>
    <message>
        <source>Importing people…</source>
        <translation>Wrthi&apos;n mewnforio pobl…</translation>
    </message>
    <message>
        <source>Rows left out (fix them in the spreadsheet and import those rows again):</source>
        <translation>Rhesi a adawyd allan (cywirwch nhw yn y daenlen a mewnforiwch y rhesi hynny eto):</translation>
    </message>
    <message>
        <source>Rows set aside for you to check (nothing from them was imported):</source>
        <translation>Rhesi a roddwyd o&apos;r neilltu i chi eu gwirio (ni fewnforiwyd dim ohonynt):</translation>
    </message>
    <message>
        <source>Rows imported with a change:</source>
        <translation>Rhesi a fewnforiwyd gyda newid:</translation>
    </message>
    <message>
        <source>Line {line}, {field}: {problem}</source>
        <translation>Llinell {line}, {field}: {problem}</translation>
    </message>
</context>
<context>
    <name>dialogs.intake</name>
    <message>
        <source>Routine</source>
        <translation>Arferol</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Cyn bo hir</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Brys</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Atgyfeiriad newydd</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/BBBB</translation>
    </message>
    <message>
        <source>Date of birth message</source>
        <translation>Neges dyddiad geni</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <source>e.g. 943 476 5919</source>
        <translation>e.e. 943 476 5919</translation>
    </message>
    <message>
        <source>NHS number message</source>
        <translation>Neges rhif GIG</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <source>GP practice</source>
        <translation>Meddygfa</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ddim yn hysbys</translation>
    </message>
    <message>
        <source>Communication needs</source>
        <translation>Anghenion cyfathrebu</translation>
    </message>
    <message>
        <source>e.g. large print, BSL interpreter</source>
        <translation>e.e. print bras, dehonglydd BSL</translation>
    </message>
    <message>
        <source>Agrees to share details with the &amp;GP</source>
        <translation>Yn cytuno i rannu manylion â&apos;r meddyg &amp;teulu</translation>
    </message>
    <message>
        <source>Consent to share with the GP</source>
        <translation>Caniatâd i rannu â&apos;r meddyg teulu</translation>
    </message>
    <message>
        <source>Already on the caseload?</source>
        <translation>Eisoes ar y llwyth achosion?</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Dyblygion posibl</translation>
    </message>
    <message>
        <source>People who may be the same</source>
        <translation>Pobl a allai fod yr un person</translation>
    </message>
    <message>
        <source>Attach the referral to th&amp;is person</source>
        <translation>Atod&amp;i&apos;r atgyfeiriad i&apos;r person hwn</translation>
    </message>
    <message>
        <source>Attach the referral to the selected person</source>
        <translation>Atodi&apos;r atgyfeiriad i&apos;r person a ddewiswyd</translation>
    </message>
    <message>
        <source>This may be someone Linkwell already knows. Attach the referral to them instead of adding a second record:</source>
        <translation>Efallai fod Linkwell eisoes yn adnabod y person hwn. Atodwch yr atgyfeiriad i&apos;w gofnod yn lle ychwanegu ail gofnod:</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Ffynhonnell yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Referrer&apos;s name</source>
        <translation>Enw&apos;r atgyfeiriwr</translation>
    </message>
    <message>
        <source>Referrer&apos;s organisation</source>
        <translation>Sefydliad yr atgyfeiriwr</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Dyddiad yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Reasons for referral</source>
        <translation>Rhesymau dros atgyfeirio</translation>
    </message>
    <message>
        <source>Agrees to be &amp;contacted</source>
        <translation>Yn &amp;cytuno i ni gysylltu â nhw</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>Caniatâd i gysylltu â nhw</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Brys</translation>
    </message>
    <message>
        <source>Referral message</source>
        <translation>Neges atgyfeirio</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Y person</translation>
    </message>
    <message>
        <source>Given &amp;name:</source>
        <translation>E&amp;nw cyntaf:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>C&amp;yfenw:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Dyddiad &amp;geni:</translation>
    </message>
    <message>
        <source>N&amp;HS number:</source>
        <translation>&amp;Rhif GIG:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Ffôn:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-bost:</translation>
    </message>
    <message>
        <source>Pos&amp;tcode:</source>
        <translation>Cod p&amp;ost:</translation>
    </message>
    <message>
        <source>GP pr&amp;actice:</source>
        <translation>&amp;Meddygfa:</translation>
    </message>
    <message>
        <source>Co&amp;mmunication needs:</source>
        <translation>Anghenion cyf&amp;athrebu:</translation>
    </message>
    <message>
        <source>The referral</source>
        <translation>Yr atgyfeiriad</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>Ffynhonne&amp;ll:</translation>
    </message>
    <message>
        <source>&amp;Referrer:</source>
        <translation>Atgyfeiri&amp;wr:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Sefydliad:</translation>
    </message>
    <message>
        <source>Referral &amp;date:</source>
        <translation>&amp;Dyddiad atgyfeirio:</translation>
    </message>
    <message>
        <source>Rea&amp;sons:</source>
        <translation>R&amp;hesymau:</translation>
    </message>
    <message>
        <source>Urgenc&amp;y:</source>
        <translation>&amp;Brys:</translation>
    </message>
    <message>
        <source>Sa&amp;ve new person and referral</source>
        <translation>Cadw&apos;r &amp;person newydd a&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>Save a new person and the referral</source>
        <translation>Cadw person newydd a&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>A date of birth cannot be in the future.</source>
        <translation>Ni all dyddiad geni fod yn y dyfodol.</translation>
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
        <source>Tick at least one reason for the referral.</source>
        <translation>Ticiwch o leiaf un rheswm dros yr atgyfeiriad.</translation>
    </message>
    <message>
        <source>Type the person&apos;s given name and family name.</source>
        <translation>Teipiwch enw cyntaf a chyfenw&apos;r person.</translation>
    </message>
</context>
<context>
    <name>dialogs.key_care</name>
    <message>
        <source>With this recovery key and the database file, anyone can read every record. Print it or write it down, keep it locked away like the practice&apos;s other keys, and never email it or save it on this computer. It lets you in if the passphrase is forgotten or the key file is lost.</source>
        <translation>Gyda&apos;r allwedd adfer hon a ffeil y gronfa ddata, gall unrhyw un ddarllen pob cofnod. Argraffwch hi neu ysgrifennwch hi i lawr, cadwch hi dan glo fel allweddi eraill y feddygfa, a pheidiwch byth â&apos;i hanfon mewn e-bost na&apos;i chadw ar y cyfrifiadur hwn. Mae&apos;n gadael i chi fynd i mewn os anghofir y cyfrinymadrodd neu os collir y ffeil allwedd.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Y cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Y cyfrinymadrodd &amp;presennol:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Cyfrinymadrodd &amp;newydd:</translation>
    </message>
    <message>
        <source>New passphrase &amp;again:</source>
        <translation>Cyfrinymadrodd newydd &amp;eto:</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Ne&amp;wid</translation>
    </message>
    <message>
        <source>The database is not rewritten: only its key file changes. Back-ups already taken keep the passphrase they were taken with.</source>
        <translation>Nid yw&apos;r gronfa ddata yn cael ei hailysgrifennu: dim ond ei ffeil allwedd sy&apos;n newid. Mae copïau wrth gefn a wnaed eisoes yn cadw&apos;r cyfrinymadrodd oedd yn cael ei ddefnyddio pan gawsant eu gwneud.</translation>
    </message>
    <message>
        <source>Type the current passphrase first.</source>
        <translation>Teipiwch y cyfrinymadrodd presennol yn gyntaf.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same: type them again.</source>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd newydd yr un fath: teipiwch nhw eto.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Wrthi&apos;n newid y cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>The passphrase has been changed. Use the new one from now on.</source>
        <translation>Mae&apos;r cyfrinymadrodd wedi&apos;i newid. Defnyddiwch yr un newydd o hyn ymlaen.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>Copied. Paste it only where you will print it, then clear it away.</source>
        <translation>Wedi&apos;i chopïo. Gludwch hi dim ond lle byddwch yn ei hargraffu, yna cliriwch hi i ffwrdd.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Linkwell recovery key&lt;/h2&gt;&lt;p&gt;For the database &lt;b&gt;{file}&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Allwedd adfer Linkwell&lt;/h2&gt;&lt;p&gt;Ar gyfer y gronfa ddata &lt;b&gt;{file}&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;To use it: &lt;code&gt;linkwell key recover --db DATABASE&lt;/code&gt;, then choose a new passphrase.&lt;/p&gt;</source>
        <translation>&lt;p&gt;I&apos;w defnyddio: &lt;code&gt;linkwell key recover --db CRONFA_DDATA&lt;/code&gt;, yna dewiswch gyfrinymadrodd newydd.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change the database key</source>
        <translation>Newid allwedd y gronfa ddata</translation>
    </message>
    <message>
        <source>Re-encrypts the whole database under a new key: do this if the recovery key or a copy of the key file may have been seen by someone else. The old recovery key stops working, so print the new one afterwards. Backups already taken stay under the old key.</source>
        <translation>Mae hyn yn ailamgryptio&apos;r gronfa ddata gyfan o dan allwedd newydd: gwnewch hyn os gallai rhywun arall fod wedi gweld yr allwedd adfer neu gopi o&apos;r ffeil allwedd. Bydd yr hen allwedd adfer yn peidio â gweithio, felly argraffwch yr un newydd wedyn. Mae copïau wrth gefn a wnaed eisoes yn aros o dan yr hen allwedd.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Change the &amp;key</source>
        <translation>Newid yr &amp;allwedd</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Teipiwch y cyfrinymadrodd yn gyntaf.</translation>
    </message>
    <message>
        <source>Re-encrypting…</source>
        <translation>Wrthi&apos;n ailamgryptio…</translation>
    </message>
    <message>
        <source>Re-encrypting the database under a new key…</source>
        <translation>Wrthi&apos;n ailamgryptio&apos;r gronfa ddata o dan allwedd newydd…</translation>
    </message>
    <message>
        <source>The database is now encrypted under a new key. Print a new recovery key: the old one no longer works.</source>
        <translation>Mae&apos;r gronfa ddata bellach wedi&apos;i hamgryptio o dan allwedd newydd. Argraffwch allwedd adfer newydd: nid yw&apos;r hen un yn gweithio mwyach.</translation>
    </message>
</context>
<context>
    <name>dialogs.unlock</name>
    <message>
        <source>Unlock Linkwell</source>
        <translation>Datgloi Linkwell</translation>
    </message>
    <message>
        <source>Unlock the database</source>
        <translation>Datgloi&apos;r gronfa ddata</translation>
    </message>
    <message>
        <source>{file} is locked. Type its passphrase to open it.</source>
        <translation>Mae&apos;r gronfa ddata {file} ar glo. Teipiwch ei chyfrinymadrodd i&apos;w hagor.</translation>
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
        <source>Unlock message</source>
        <translation>Neges datgloi</translation>
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
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wrthi&apos;n datgloi…</translation>
    </message>
</context>
<context>
    <name>dialogs.waiting_room</name>
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
        <source>How to reach them</source>
        <translation>Sut i gysylltu â nhw</translation>
    </message>
    <message>
        <source>Phone number or email</source>
        <translation>Rhif ffôn neu e-bost</translation>
    </message>
    <message>
        <source>Date of birth, if they give it</source>
        <translation>Dyddiad geni, os ydynt yn ei roi</translation>
    </message>
    <message>
        <source>DD/MM/YYYY, if they give it</source>
        <translation>DD/MM/BBBB, os ydynt yn ei roi</translation>
    </message>
    <message>
        <source>GP practice, if known</source>
        <translation>Meddygfa, os yw&apos;n hysbys</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ddim yn hysbys</translation>
    </message>
    <message>
        <source>What matters, in a sentence</source>
        <translation>Beth sy&apos;n bwysig, mewn brawddeg</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>Yn eu geiriau eu hunain</translation>
    </message>
    <message>
        <source>Agrees to be &amp;contacted</source>
        <translation>Yn &amp;cytuno i ni gysylltu â nhw</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>Caniatâd i gysylltu â nhw</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Dyddiad yr apwyntiad dilynol</translation>
    </message>
    <message>
        <source>Capture message</source>
        <translation>Neges cofnodi</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Reach them on:</source>
        <translation>Cysylltu â nhw &amp;ar:</translation>
    </message>
    <message>
        <source>&amp;Born (optional):</source>
        <translation>&amp;Dyddiad geni (dewisol):</translation>
    </message>
    <message>
        <source>GP &amp;practice (optional):</source>
        <translation>&amp;Meddygfa (dewisol):</translation>
    </message>
    <message>
        <source>&amp;What matters:</source>
        <translation>Beth sy&apos;n &amp;bwysig:</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>Apwyntiad d&amp;ilynol ar:</translation>
    </message>
    <message>
        <source>&amp;Save self-referral</source>
        <translation>Cadw&apos;r &amp;hunanatgyfeiriad</translation>
    </message>
    <message>
        <source>Save the self-referral</source>
        <translation>Cadw&apos;r hunanatgyfeiriad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Type a first name and a last name.</source>
        <translation>Teipiwch enw cyntaf a chyfenw.</translation>
    </message>
</context>
<context>
    <name>outcomes.actions</name>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Adroddiadau</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dangosfwrdd</translation>
    </message>
    <message>
        <source>This quarter&apos;s figures and charts; each figure lists its people</source>
        <translation>Ffigurau a siartiau&apos;r chwarter hwn; mae pob ffigur yn rhestru ei bobl</translation>
    </message>
    <message>
        <source>Commissioner &amp;report…</source>
        <translation>Adroddiad y &amp;comisiynydd…</translation>
    </message>
    <message>
        <source>Write the commissioner report as a PDF, and the CSV of referrals</source>
        <translation>Ysgrifennu adroddiad y comisiynydd fel PDF, a&apos;r CSV o atgyfeiriadau</translation>
    </message>
</context>
<context>
    <name>outcomes.answer_picker</name>
    <message>
        <source>Answer: {answer}</source>
        <translation>Ateb: {answer}</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Dim ateb eto</translation>
    </message>
</context>
<context>
    <name>outcomes.dashboard</name>
    <message>
        <source>This quarter: {start} to {end}</source>
        <translation>Y chwarter hwn: {start} i {end}</translation>
    </message>
    <message>
        <source>Last quarter: {start} to {end}</source>
        <translation>Y chwarter diwethaf: {start} i {end}</translation>
    </message>
    <message>
        <source>Quarter: {start} to {end}</source>
        <translation>Chwarter: {start} i {end}</translation>
    </message>
    <message>
        <source>Last 12 months: {start} to {end}</source>
        <translation>Y 12 mis diwethaf: {start} i {end}</translation>
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
        <source>{row}, {column}: {value}</source>
        <translation>{row}, {column}: {value}</translation>
    </message>
    <message>
        <source>Enter or click to list the people behind this figure</source>
        <translation>Pwyswch Enter neu cliciwch i restru&apos;r bobl y tu ôl i&apos;r ffigur hwn</translation>
    </message>
    <message>
        <source>{row}, {column}: {value}. Enter lists the 1 person behind it</source>
        <translation>{row}, {column}: {value}. Mae Enter yn rhestru&apos;r 1 person y tu ôl iddo</translation>
    </message>
    <message>
        <source>{row}, {column}: {value}. Enter lists the {count} people behind it</source>
        <translation>{row}, {column}: {value}. Mae Enter yn rhestru&apos;r {count} o bobl y tu ôl iddo</translation>
    </message>
    <message>
        <source>fewer than 5</source>
        <translation>llai na 5</translation>
    </message>
    <message>
        <source>withheld (small numbers)</source>
        <translation>wedi&apos;i atal (niferoedd bach)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Dashboard — Linkwell</source>
        <translation>Dangosfwrdd — Linkwell</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dangosfwrdd</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Meddygfa</translation>
    </message>
    <message>
        <source>All practices</source>
        <translation>Pob meddygfa</translation>
    </message>
    <message>
        <source>Show e&amp;xact figures (internal use only)</source>
        <translation>Dangos y ffigurau &amp;union (defnydd mewnol yn unig)</translation>
    </message>
    <message>
        <source>Show exact figures, for internal use only</source>
        <translation>Dangos y ffigurau union, at ddefnydd mewnol yn unig</translation>
    </message>
    <message>
        <source>Off: counts from 1 to 4 show as &quot;&lt;5&quot; and rates built on them are withheld.</source>
        <translation>I ffwrdd: mae cyfrifon o 1 i 4 yn ymddangos fel &quot;&lt;5&quot; ac mae cyfraddau sy&apos;n seiliedig arnynt yn cael eu hatal.</translation>
    </message>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation>&amp;Adnewyddu (F5)</translation>
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation>Adnewyddu&apos;r dangosfwrdd</translation>
    </message>
    <message>
        <source>Dashboard status</source>
        <translation>Statws y dangosfwrdd</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Cyfnod:</translation>
    </message>
    <message>
        <source>Pr&amp;actice:</source>
        <translation>&amp;Meddygfa:</translation>
    </message>
    <message>
        <source>Figures and charts</source>
        <translation>Ffigurau a siartiau</translation>
    </message>
    <message>
        <source>Counting {start} to {end}…</source>
        <translation>Wrthi&apos;n cyfrif {start} i {end}…</translation>
    </message>
    <message>
        <source>Building the dashboard…</source>
        <translation>Wrthi&apos;n llunio&apos;r dangosfwrdd…</translation>
    </message>
    <message>
        <source>Records have changed since these figures were counted: press Refresh (F5) to count again.</source>
        <translation>Mae cofnodion wedi newid ers cyfrif y ffigurau hyn: pwyswch Adnewyddu (F5) i gyfrif eto.</translation>
    </message>
    <message>
        <source>Stopped: the figures shown are from before.</source>
        <translation>Wedi stopio: ffigurau o&apos;r tro diwethaf yw&apos;r rhai a ddangosir.</translation>
    </message>
    <message>
        <source>The dashboard could not be built.</source>
        <translation>Nid oedd modd llunio&apos;r dangosfwrdd.</translation>
    </message>
    <message>
        <source>{period}, {practices}. Made at {time}. Exact figures: for internal use only.</source>
        <translation>{period}, {practices}. Wedi&apos;i wneud am {time}. Ffigurau union: at ddefnydd mewnol yn unig.</translation>
    </message>
    <message>
        <source>{period}, {practices}. Made at {time}. Counts from 1 to 4 show as &quot;&lt;5&quot;; rates built on them as &quot;[c]&quot;.</source>
        <translation>{period}, {practices}. Wedi&apos;i wneud am {time}. Mae cyfrifon o 1 i 4 yn ymddangos fel &quot;&lt;5&quot;; cyfraddau sy&apos;n seiliedig arnynt fel &quot;[c]&quot;.</translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translation>Siart: {title}</translation>
    </message>
    <message>
        <source>The same figures are in the table that follows.</source>
        <translation>Mae&apos;r un ffigurau yn y tabl sy&apos;n dilyn.</translation>
    </message>
    <message>
        <source>{table}: {row}, {column} {value}</source>
        <translation>{table}: {row}, {column} {value}</translation>
    </message>
</context>
<context>
    <name>outcomes.measure_dialog</name>
    <message>
        <source>Baseline (at the what matters conversation)</source>
        <translation>Llinell sylfaen (yn y sgwrs beth sy&apos;n bwysig i chi)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Correct recorded answers</source>
        <translation>Cywiro atebion a gofnodwyd</translation>
    </message>
    <message>
        <source>Record measures</source>
        <translation>Cofnodi mesurau</translation>
    </message>
    <message>
        <source>Instrument definitions that could not be used</source>
        <translation>Diffiniadau offer mesur na ellid eu defnyddio</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesur</translation>
    </message>
    <message>
        <source>Timepoint</source>
        <translation>Pwynt amser</translation>
    </message>
    <message>
        <source>Date the answers were given</source>
        <translation>Dyddiad rhoi&apos;r atebion</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/BBBB</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Mesur:</translation>
    </message>
    <message>
        <source>&amp;Timepoint:</source>
        <translation>&amp;Pwynt amser:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>What to read out first</source>
        <translation>Beth i&apos;w ddarllen yn uchel yn gyntaf</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Cwestiynau</translation>
    </message>
    <message>
        <source>Measures message</source>
        <translation>Neges mesurau</translation>
    </message>
    <message>
        <source>No measures can be recorded: there is no instrument definition to use.</source>
        <translation>Ni ellir cofnodi mesurau: nid oes diffiniad offeryn mesur i&apos;w ddefnyddio.</translation>
    </message>
    <message>
        <source>{number}. {question}</source>
        <translation>{number}. {question}</translation>
    </message>
    <message>
        <source>{number}. {question} (optional)</source>
        <translation>{number}. {question} (dewisol)</translation>
    </message>
    <message>
        <source>This one reads the other way: a lower number is better.</source>
        <translation>Mae hwn yn darllen y ffordd arall: mae rhif is yn well.</translation>
    </message>
    <message>
        <source>Note on question {number}</source>
        <translation>Nodyn ar gwestiwn {number}</translation>
    </message>
    <message>
        <source>Question {which} needs an answer.</source>
        <translation>Mae angen ateb i gwestiwn {which}.</translation>
    </message>
    <message>
        <source>Questions {which} need an answer.</source>
        <translation>Mae angen ateb i gwestiynau {which}.</translation>
    </message>
    <message>
        <source>Type the date the answers were given, as DD/MM/YYYY.</source>
        <translation>Teipiwch y dyddiad y rhoddwyd yr atebion, fel DD/MM/BBBB.</translation>
    </message>
</context>
<context>
    <name>outcomes.people_list</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ganwyd</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Meddygfa</translation>
    </message>
    <message>
        <source>People behind: {title}</source>
        <translation>Y bobl y tu ôl i: {title}</translation>
    </message>
    <message>
        <source>{title}. Press Enter on a person to open their record.</source>
        <translation>{title}. Pwyswch Enter ar berson i agor ei gofnod.</translation>
    </message>
    <message>
        <source>What this list is</source>
        <translation>Beth yw&apos;r rhestr hon</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Close the list</source>
        <translation>Cau&apos;r rhestr</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column}: {value}</translation>
    </message>
</context>
<context>
    <name>outcomes.report_dialog</name>
    <message>
        <source>Commissioner report</source>
        <translation>Adroddiad y comisiynydd</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Diwrnod cyntaf yr adroddiad</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/BBBB</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Diwrnod olaf yr adroddiad</translation>
    </message>
    <message>
        <source>Practices (none ticked: all practices)</source>
        <translation>Meddygfeydd (dim wedi&apos;u ticio: pob meddygfa)</translation>
    </message>
    <message>
        <source>E&amp;xact figures, for internal use only (no &quot;&lt;5&quot;)</source>
        <translation>Ffigurau &amp;union, at ddefnydd mewnol yn unig (dim &quot;&lt;5&quot;)</translation>
    </message>
    <message>
        <source>Exact figures, for internal use only</source>
        <translation>Ffigurau union, at ddefnydd mewnol yn unig</translation>
    </message>
    <message>
        <source>commissioner-report-{date}.pdf</source>
        <translation>adroddiad-comisiynydd-{date}.pdf</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Ffeil PDF</translation>
    </message>
    <message>
        <source>CSV file (optional)</source>
        <translation>Ffeil CSV (dewisol)</translation>
    </message>
    <message>
        <source>Leave empty for no CSV</source>
        <translation>Gadewch yn wag i beidio â chael CSV</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Choose the PDF file</source>
        <translation>Dewis y ffeil PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Dewis y ffeil CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hyd at:</translation>
    </message>
    <message>
        <source>Pr&amp;actices:</source>
        <translation>&amp;Meddygfeydd:</translation>
    </message>
    <message>
        <source>&amp;PDF:</source>
        <translation>&amp;PDF:</translation>
    </message>
    <message>
        <source>&amp;CSV:</source>
        <translation>&amp;CSV:</translation>
    </message>
    <message>
        <source>Report message</source>
        <translation>Neges adroddiad</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Adroddiad wedi&apos;i ysgrifennu</translation>
    </message>
    <message>
        <source>&amp;Make report</source>
        <translation>&amp;Gwneud yr adroddiad</translation>
    </message>
    <message>
        <source>Make the report</source>
        <translation>Gwneud yr adroddiad</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Agor y &amp;ffolder</translation>
    </message>
    <message>
        <source>Open the folder the report is in</source>
        <translation>Agor y ffolder y mae&apos;r adroddiad ynddi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Cadw&apos;r adroddiad fel</translation>
    </message>
    <message>
        <source>The first date: {problem}</source>
        <translation>Y dyddiad cyntaf: {problem}</translation>
    </message>
    <message>
        <source>The last date: {problem}</source>
        <translation>Y dyddiad olaf: {problem}</translation>
    </message>
    <message>
        <source>Type the first date of the report, as DD/MM/YYYY.</source>
        <translation>Teipiwch ddyddiad cyntaf yr adroddiad, fel DD/MM/BBBB.</translation>
    </message>
    <message>
        <source>Type the last date of the report, as DD/MM/YYYY.</source>
        <translation>Teipiwch ddyddiad olaf yr adroddiad, fel DD/MM/BBBB.</translation>
    </message>
    <message>
        <source>The report ends ({end}) before it starts ({start}): check the dates.</source>
        <translation>Mae&apos;r adroddiad yn gorffen ({end}) cyn iddo ddechrau ({start}): gwiriwch y dyddiadau.</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Dewiswch ble i gadw&apos;r PDF.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose another place to save.</source>
        <translation>Nid yw&apos;r ffolder {folder} yn bodoli; dewiswch le arall i gadw.</translation>
    </message>
    <message>
        <source>Making the commissioner report…</source>
        <translation>Wrthi&apos;n gwneud adroddiad y comisiynydd…</translation>
    </message>
    <message>
        <source>The report for {start} to {end} ({practices}) is in {pdf}.</source>
        <translation>Mae&apos;r adroddiad ar gyfer {start} i {end} ({practices}) yn {pdf}.</translation>
    </message>
    <message>
        <source>The report for {start} to {end} ({practices}) is in {pdf}, and the CSV of {count} referrals in {csv}.</source>
        <translation>Mae&apos;r adroddiad ar gyfer {start} i {end} ({practices}) yn {pdf}, a&apos;r CSV o {count} atgyfeiriad yn {csv}.</translation>
    </message>
    <message>
        <source>It shows exact figures: keep it inside the practice.</source>
        <translation>Mae&apos;n dangos ffigurau union: cadwch ef o fewn y feddygfa.</translation>
    </message>
    <message>
        <source>Stopped before the report was finished: nothing more was written.</source>
        <translation>Wedi stopio cyn i&apos;r adroddiad gael ei orffen: ni ysgrifennwyd dim mwy.</translation>
    </message>
    <message>
        <source>The report could not be saved there ({problem}). Choose another place.</source>
        <translation>Nid oedd modd cadw&apos;r adroddiad yno ({problem}). Dewiswch le arall.</translation>
    </message>
</context>
</TS>
