<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>letters.actions</name>
    <message>
        <source>&amp;Letters</source>
        <translation>&amp;Llythyrau</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Llythyrau</translation>
    </message>
    <message>
        <source>&amp;Batch letters…</source>
        <translation>&amp;Swp o lythyrau…</translation>
    </message>
    <message>
        <source>One letter for many people, into one PDF or one file each</source>
        <translation>Un llythyr i lawer o bobl, mewn un PDF neu un ffeil yr un</translation>
    </message>
    <message>
        <source>Letter&amp;head…</source>
        <translation>&amp;Pennawd llythyr…</translation>
    </message>
    <message>
        <source>The practice&apos;s name, address and logo on every letter, and what a referral letter may share</source>
        <translation>Enw, cyfeiriad a logo&apos;r feddygfa ar bob llythyr, a&apos;r hyn y caiff llythyr atgyfeirio ei rannu</translation>
    </message>
    <message>
        <source>Letterhead saved: the next letter uses it.</source>
        <translation>Pennawd y llythyr wedi&apos;i gadw: bydd y llythyr nesaf yn ei ddefnyddio.</translation>
    </message>
</context>
<context>
    <name>letters.batch</name>
    <message>
        <source>My plan letter</source>
        <translation>Llythyr fy nghynllun</translation>
    </message>
    <message>
        <source>My plan letter, large print</source>
        <translation>Llythyr fy nghynllun, print bras</translation>
    </message>
    <message>
        <source>My plan letter, easy read</source>
        <translation>Llythyr fy nghynllun, hawdd ei ddeall</translation>
    </message>
    <message>
        <source>GP letter</source>
        <translation>Llythyr i&apos;r meddyg teulu</translation>
    </message>
    <message>
        <source>Your group is paused (to the people waiting to start at one service)</source>
        <translation>Mae eich grŵp wedi&apos;i oedi (i&apos;r bobl sy&apos;n aros i ddechrau mewn un gwasanaeth)</translation>
    </message>
    <message>
        <source>Batch letters cancelled: no files were written.</source>
        <translation>Swp o lythyrau wedi&apos;i ganslo: ni ysgrifennwyd unrhyw ffeil.</translation>
    </message>
    <message>
        <source>Wrote 1 {letter} into one PDF, {out}.</source>
        <translation>Ysgrifennwyd 1 {letter} mewn un PDF, {out}.</translation>
    </message>
    <message>
        <source>Wrote 1 {letter} as one file each into {out}.</source>
        <translation>Ysgrifennwyd 1 {letter} fel un ffeil yr un yn {out}.</translation>
    </message>
    <message>
        <source>Wrote {count} {letters} into one PDF, {out}.</source>
        <translation>Ysgrifennwyd {letters} (cyfanswm: {count}) mewn un PDF, {out}.</translation>
    </message>
    <message>
        <source>Wrote {count} {letters} as one file each into {out}.</source>
        <translation>Ysgrifennwyd {letters} (cyfanswm: {count}) fel un ffeil yr un yn {out}.</translation>
    </message>
    <message>
        <source>1 person has no referral yet, so no letter.</source>
        <translation>Does gan 1 person ddim atgyfeiriad eto, felly dim llythyr.</translation>
    </message>
    <message>
        <source>{count} people have no referral yet, so no letter.</source>
        <translation>Pobl heb atgyfeiriad eto, felly dim llythyr: {count}.</translation>
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
        <source>Batch letters</source>
        <translation>Swp o lythyrau</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Llythyr</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Llythyr:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>People matching the caseload&apos;s filters with an open referral</source>
        <translation>Pobl sy&apos;n cyfateb i hidlwyr y llwyth achosion ac sydd ag atgyfeiriad agored</translation>
    </message>
    <message>
        <source>Everyone matching the caseload&apos;s filters ({count}), closed referrals too</source>
        <translation>Pawb sy&apos;n cyfateb i hidlwyr y llwyth achosion ({count}), atgyfeiriadau ar gau hefyd</translation>
    </message>
    <message>
        <source>People in the caseload with an open referral</source>
        <translation>Pobl yn y llwyth achosion sydd ag atgyfeiriad agored</translation>
    </message>
    <message>
        <source>Everyone in the caseload ({count}), closed referrals too</source>
        <translation>Pawb yn y llwyth achosion ({count}), atgyfeiriadau ar gau hefyd</translation>
    </message>
    <message>
        <source>People the caseload shows with an open referral</source>
        <translation>Pobl a ddangosir yn y llwyth achosion sydd ag atgyfeiriad agored</translation>
    </message>
    <message>
        <source>Everyone the caseload shows</source>
        <translation>Pawb a ddangosir yn y llwyth achosion</translation>
    </message>
    <message>
        <source>Everyone with an open connection to a &amp;service:</source>
        <translation>Pawb sydd â chysylltiad agored â &amp;gwasanaeth:</translation>
    </message>
    <message>
        <source>Everyone connected to a service</source>
        <translation>Pawb sydd wedi&apos;u cysylltu â gwasanaeth</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Pobl:</translation>
    </message>
    <message>
        <source>&amp;One PDF with every letter</source>
        <translation>&amp;Un PDF gyda phob llythyr</translation>
    </message>
    <message>
        <source>One &amp;file per person, into a folder</source>
        <translation>Un &amp;ffeil i bob person, mewn ffolder</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Cadw yn</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Dewis ble i gadw</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Cadw fel:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>&amp;Write letters</source>
        <translation>&amp;Ysgrifennu&apos;r llythyrau</translation>
    </message>
    <message>
        <source>1 person waiting to start</source>
        <translation>1 person yn aros i ddechrau</translation>
    </message>
    <message>
        <source>{count} people waiting to start</source>
        <translation>{count} o bobl yn aros i ddechrau</translation>
    </message>
    <message>
        <source>{service} ({people}, paused or closed)</source>
        <translation>{service} ({people}, wedi&apos;i oedi neu ar gau)</translation>
    </message>
    <message>
        <source>{service} ({people})</source>
        <translation>{service} ({people})</translation>
    </message>
    <message>
        <source>No one is waiting to start at a service.</source>
        <translation>Does neb yn aros i ddechrau mewn gwasanaeth.</translation>
    </message>
    <message>
        <source>No one has an open connection to a service.</source>
        <translation>Does gan neb gysylltiad agored â gwasanaeth.</translation>
    </message>
    <message>
        <source>The people waiting to start at a &amp;service:</source>
        <translation>Y bobl sy&apos;n aros i ddechrau mewn &amp;gwasanaeth:</translation>
    </message>
    <message>
        <source>Choose a folder for the letters</source>
        <translation>Dewis ffolder ar gyfer y llythyrau</translation>
    </message>
    <message>
        <source>Save the letters as</source>
        <translation>Cadw&apos;r llythyrau fel</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Say where to save the letters: a PDF file, or a folder for one file each.</source>
        <translation>Dywedwch ble i gadw&apos;r llythyrau: ffeil PDF, neu ffolder ar gyfer un ffeil yr un.</translation>
    </message>
    <message>
        <source>Choose the service whose people should get the letter.</source>
        <translation>Dewiswch y gwasanaeth y dylai ei bobl gael y llythyr.</translation>
    </message>
    <message>
        <source>Still finding who has an open referral; try again in a moment.</source>
        <translation>Wrthi&apos;n canfod pwy sydd ag atgyfeiriad agored; rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <source>No one the caseload shows has an open referral. Choose everyone, or a service.</source>
        <translation>Does gan neb a ddangosir yn y llwyth achosion atgyfeiriad agored. Dewiswch bawb, neu wasanaeth.</translation>
    </message>
    <message>
        <source>The caseload shows no one. Change the filters, or choose a service.</source>
        <translation>Dydy&apos;r llwyth achosion ddim yn dangos neb. Newidiwch yr hidlwyr, neu dewiswch wasanaeth.</translation>
    </message>
    <message>
        <source>Writing {letters}…</source>
        <translation>Wrthi&apos;n ysgrifennu {letters}…</translation>
    </message>
    <message>
        <source>The letters could not be saved there ({reason}). Choose another place.</source>
        <translation>Doedd dim modd cadw&apos;r llythyrau yno ({reason}). Dewiswch le arall.</translation>
    </message>
</context>
<context>
    <name>letters.dialogs</name>
    <message>
        <source>Phone number</source>
        <translation>Rhif ffôn</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Cyfeiriad e-bost</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Cyfeiriad cartref</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <source>Communication needs</source>
        <translation>Anghenion cyfathrebu</translation>
    </message>
    <message>
        <source>What matters to them</source>
        <translation>Beth sy&apos;n bwysig iddyn nhw</translation>
    </message>
    <message>
        <source>Share phone number</source>
        <translation>Rhannu&apos;r rhif ffôn</translation>
    </message>
    <message>
        <source>Share email address</source>
        <translation>Rhannu&apos;r cyfeiriad e-bost</translation>
    </message>
    <message>
        <source>Share home address</source>
        <translation>Rhannu&apos;r cyfeiriad cartref</translation>
    </message>
    <message>
        <source>Share date of birth</source>
        <translation>Rhannu&apos;r dyddiad geni</translation>
    </message>
    <message>
        <source>Share NHS number</source>
        <translation>Rhannu&apos;r rhif GIG</translation>
    </message>
    <message>
        <source>Share communication needs</source>
        <translation>Rhannu&apos;r anghenion cyfathrebu</translation>
    </message>
    <message>
        <source>Share what matters to them</source>
        <translation>Rhannu beth sy&apos;n bwysig iddyn nhw</translation>
    </message>
    <message>
        <source>Referral letter: {action}</source>
        <translation>Llythyr atgyfeirio: {action}</translation>
    </message>
    <message>
        <source>Choose the service</source>
        <translation>Dewis y gwasanaeth</translation>
    </message>
    <message>
        <source>&amp;Service the letter goes to:</source>
        <translation>Y &amp;gwasanaeth y mae&apos;r llythyr yn mynd ato:</translation>
    </message>
    <message>
        <source>Service the letter goes to</source>
        <translation>Y gwasanaeth y mae&apos;r llythyr yn mynd ato</translation>
    </message>
    <message>
        <source>The letter shares the person&apos;s name and:</source>
        <translation>Mae&apos;r llythyr yn rhannu enw&apos;r person a:</translation>
    </message>
    <message>
        <source>Include open safe&amp;guarding concerns in this letter</source>
        <translation>Cynnwys pryderon &amp;diogelu agored yn y llythyr hwn</translation>
    </message>
    <message>
        <source>Include open safeguarding concerns in this letter</source>
        <translation>Cynnwys pryderon diogelu agored yn y llythyr hwn</translation>
    </message>
    <message>
        <source>Only what the person agreed to share. Safeguarding concerns stay out unless ticked here, for this letter only.</source>
        <translation>Dim ond yr hyn y cytunodd y person i&apos;w rannu. Mae pryderon diogelu&apos;n cael eu gadael allan oni bai eu bod wedi&apos;u ticio yma, ar gyfer y llythyr hwn yn unig.</translation>
    </message>
    <message>
        <source>GP summary: {name}</source>
        <translation>Crynodeb i&apos;r meddyg teulu: {name}</translation>
    </message>
    <message>
        <source>GP summary</source>
        <translation>Crynodeb i&apos;r meddyg teulu</translation>
    </message>
    <message>
        <source>This person has not agreed to share detail with the GP, so the summary holds only the codes and dates.</source>
        <translation>Dydy&apos;r person hwn ddim wedi cytuno i rannu manylion â&apos;r meddyg teulu, felly dim ond y codau a&apos;r dyddiadau sydd yn y crynodeb.</translation>
    </message>
    <message>
        <source>GP summary text</source>
        <translation>Testun y crynodeb i&apos;r meddyg teulu</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>C&amp;opïo</translation>
    </message>
    <message>
        <source>Copy the summary</source>
        <translation>Copïo&apos;r crynodeb</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Wedi&apos;i gopïo</translation>
    </message>
    <message>
        <source>Copied: paste it into the GP record.</source>
        <translation>Wedi&apos;i gopïo: gludwch ef yng nghofnod y meddyg teulu.</translation>
    </message>
</context>
<context>
    <name>letters.gp_record</name>
    <message>
        <source>GP record: {said}</source>
        <translation>Cofnod y meddyg teulu: {said}</translation>
    </message>
</context>
<context>
    <name>letters.language</name>
    <message>
        <source>&amp;English</source>
        <translation>&amp;English</translation>
    </message>
    <message>
        <source>&amp;Cymraeg</source>
        <translation>&amp;Cymraeg</translation>
    </message>
    <message>
        <source>&amp;Bilingual: Welsh and English side by side</source>
        <translation>&amp;Dwyieithog: Cymraeg a Saesneg ochr yn ochr</translation>
    </message>
    <message>
        <source>&amp;Welsh first, then English</source>
        <translation>Cymraeg yn &amp;gyntaf, yna Saesneg</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Iaith y llythyr</translation>
    </message>
    <message>
        <source>Letter la&amp;nguage</source>
        <translation>&amp;Iaith y llythyr</translation>
    </message>
    <message>
        <source>Print and save letters in: {language}</source>
        <translation>Argraffu a chadw llythyrau yn yr iaith hon: {language}</translation>
    </message>
</context>
<context>
    <name>letters.letterhead</name>
    <message>
        <source>Letterhead</source>
        <translation>Pennawd llythyr</translation>
    </message>
    <message>
        <source>The heading on every letter. Left empty, letters are headed with the person&apos;s practice.</source>
        <translation>Y pennawd ar bob llythyr. Os yw&apos;n wag, meddygfa&apos;r person sydd ar frig y llythyrau.</translation>
    </message>
    <message>
        <source>Practice or service name</source>
        <translation>Enw&apos;r feddygfa neu&apos;r gwasanaeth</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
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
        <source>No logo</source>
        <translation>Dim logo</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Dewis &amp;logo…</translation>
    </message>
    <message>
        <source>Choose a logo picture</source>
        <translation>Dewis llun logo</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>&amp;Tynnu&apos;r logo</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Tynnu&apos;r logo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>C&amp;yfeiriad:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Ffôn:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;bost:</translation>
    </message>
    <message>
        <source>Logo (PNG or JPEG):</source>
        <translation>Logo (PNG neu JPEG):</translation>
    </message>
    <message>
        <source>A referral letter may share the name and:</source>
        <translation>Caiff llythyr atgyfeirio rannu&apos;r enw a:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>The saved logo</source>
        <translation>Y logo a gadwyd</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Dewis logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Lluniau (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>letters.output</name>
    <message>
        <source>referral letter</source>
        <translation>llythyr atgyfeirio</translation>
    </message>
    <message>
        <source>plan letter</source>
        <translation>llythyr cynllun</translation>
    </message>
    <message>
        <source>GP letter</source>
        <translation>llythyr i&apos;r meddyg teulu</translation>
    </message>
    <message>
        <source>group paused letter</source>
        <translation>llythyr grŵp wedi&apos;i oedi</translation>
    </message>
    <message>
        <source>referral letters</source>
        <translation>llythyrau atgyfeirio</translation>
    </message>
    <message>
        <source>plan letters</source>
        <translation>llythyrau cynllun</translation>
    </message>
    <message>
        <source>GP letters</source>
        <translation>llythyrau i&apos;r meddyg teulu</translation>
    </message>
    <message>
        <source>group paused letters</source>
        <translation>llythyrau grŵp wedi&apos;i oedi</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>llythyrau</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>llythyr</translation>
    </message>
    <message>
        <source>easy read {letter}</source>
        <translation>{letter} hawdd ei ddeall</translation>
    </message>
    <message>
        <source>large print {letter}</source>
        <translation>{letter} print bras</translation>
    </message>
    <message>
        <source>Preparing the {letter}…</source>
        <translation>Wrthi&apos;n paratoi: {letter}…</translation>
    </message>
    <message>
        <source>Print: {title}</source>
        <translation>Argraffu: {title}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Rhagolwg argraffu</translation>
    </message>
    <message>
        <source>The {letter} went to the printer.</source>
        <translation>Aeth y {letter} i&apos;r argraffydd.</translation>
    </message>
    <message>
        <source>Save the {letter} as PDF</source>
        <translation>Cadw&apos;r {letter} fel PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Cadw fel PDF</translation>
    </message>
    <message>
        <source>Saving the {letter}…</source>
        <translation>Wrthi&apos;n cadw: {letter}…</translation>
    </message>
    <message>
        <source>Saved the {letter} as {file}.</source>
        <translation>Cadwyd y {letter} fel {file}.</translation>
    </message>
    <message>
        <source>The letter could not be saved to {file}: {reason}. Choose another folder and try again.</source>
        <translation>Doedd dim modd cadw&apos;r llythyr yn {file}: {reason}. Dewiswch ffolder arall a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The letter could not be saved: {reason}. Choose another folder and try again.</source>
        <translation>Doedd dim modd cadw&apos;r llythyr: {reason}. Dewiswch ffolder arall a rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>letters.person_menu</name>
    <message>
        <source>&amp;Referral letter to a service</source>
        <translation>Llythyr &amp;atgyfeirio at wasanaeth</translation>
    </message>
    <message>
        <source>My &amp;plan letter</source>
        <translation>Llythyr fy &amp;nghynllun</translation>
    </message>
    <message>
        <source>My plan, &amp;large print</source>
        <translation>Fy nghynllun, print &amp;bras</translation>
    </message>
    <message>
        <source>My plan, &amp;easy read</source>
        <translation>Fy nghynllun, &amp;hawdd ei ddeall</translation>
    </message>
    <message>
        <source>&amp;GP letter</source>
        <translation>Llythyr i&apos;r &amp;meddyg teulu</translation>
    </message>
    <message>
        <source>Lette&amp;rs</source>
        <translation>Llythy&amp;rau</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Llythyrau</translation>
    </message>
    <message>
        <source>&amp;Copy GP summary</source>
        <translation>&amp;Copïo&apos;r crynodeb i&apos;r meddyg teulu</translation>
    </message>
    <message>
        <source>The summary for the GP record onto the clipboard, ready to paste</source>
        <translation>Y crynodeb ar gyfer cofnod y meddyg teulu ar y clipfwrdd, yn barod i&apos;w ludo</translation>
    </message>
    <message>
        <source>&amp;Show GP summary…</source>
        <translation>&amp;Dangos y crynodeb i&apos;r meddyg teulu…</translation>
    </message>
    <message>
        <source>The summary for the GP record, to read before copying</source>
        <translation>Y crynodeb ar gyfer cofnod y meddyg teulu, i&apos;w ddarllen cyn ei gopïo</translation>
    </message>
    <message>
        <source>Sen&amp;d to GP record</source>
        <translation>Anfon i &amp;gofnod y meddyg teulu</translation>
    </message>
    <message>
        <source>Queue the GP letter to go straight into the practice&apos;s GP record (GP Connect, over MESH)</source>
        <translation>Rhoi&apos;r llythyr i&apos;r meddyg teulu yn y ciw i fynd yn syth i gofnod meddyg teulu&apos;r feddygfa (GP Connect, dros MESH)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Rhagolwg argraffu</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Rhagolwg argraffu…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Cadw fel PDF</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Cadw fel PDF…</translation>
    </message>
    <message>
        <source>{action}: {letter}</source>
        <translation>{action}: {letter}</translation>
    </message>
    <message>
        <source>This referral has no connections to a service yet, so there is no referral letter to write. Connect a service first.</source>
        <translation>Does gan yr atgyfeiriad hwn ddim cysylltiadau â gwasanaeth eto, felly does dim llythyr atgyfeirio i&apos;w ysgrifennu. Cysylltwch â gwasanaeth yn gyntaf.</translation>
    </message>
    <message>
        <source>{service} ({status})</source>
        <translation>{service} ({status})</translation>
    </message>
    <message>
        <source>A service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Argraffu…</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Rhagolwg…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Cadw fel PDF…</translation>
    </message>
    <message>
        <source>Preparing the GP summary…</source>
        <translation>Wrthi&apos;n paratoi&apos;r crynodeb i&apos;r meddyg teulu…</translation>
    </message>
    <message>
        <source>GP summary copied: codes and dates only, as this person has not agreed to share detail with the GP.</source>
        <translation>Crynodeb i&apos;r meddyg teulu wedi&apos;i gopïo: codau a dyddiadau yn unig, gan nad yw&apos;r person hwn wedi cytuno i rannu manylion â&apos;r meddyg teulu.</translation>
    </message>
    <message>
        <source>GP summary copied: paste it into the GP record.</source>
        <translation>Crynodeb i&apos;r meddyg teulu wedi&apos;i gopïo: gludwch ef yng nghofnod y meddyg teulu.</translation>
    </message>
    <message>
        <source>Queueing the letter for the GP record…</source>
        <translation>Wrthi&apos;n rhoi&apos;r llythyr yn y ciw ar gyfer cofnod y meddyg teulu…</translation>
    </message>
    <message>
        <source>Queued for {practice}&apos;s GP record (codes and dates only, as this person has not agreed to share detail): it goes when MESH can be reached.</source>
        <translation>Yn y ciw ar gyfer cofnod meddyg teulu {practice} (codau a dyddiadau yn unig, gan nad yw&apos;r person hwn wedi cytuno i rannu manylion): bydd yn mynd pan fydd modd cyrraedd MESH.</translation>
    </message>
    <message>
        <source>Queued for {practice}&apos;s GP record (the GP letter): it goes when MESH can be reached.</source>
        <translation>Yn y ciw ar gyfer cofnod meddyg teulu {practice} (y llythyr i&apos;r meddyg teulu): bydd yn mynd pan fydd modd cyrraedd MESH.</translation>
    </message>
    <message>
        <source>Sent to {practice}&apos;s GP record over MESH; the timeline shows when it is filed.</source>
        <translation>Wedi&apos;i anfon i gofnod meddyg teulu {practice} dros MESH; mae&apos;r llinell amser yn dangos pryd y caiff ei ffeilio.</translation>
    </message>
    <message>
        <source>Queued; not sent yet: {error}</source>
        <translation>Yn y ciw; heb ei anfon eto: {error}</translation>
    </message>
</context>
<context>
    <name>person.close_episode</name>
    <message>
        <source>Close the referral</source>
        <translation>Cau&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Rheswm dros gau</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Dewiswch reswm…</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>Nodyn cau</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <source>Closing measures</source>
        <translation>Mesurau cau</translation>
    </message>
    <message>
        <source>Record closing &amp;measures first</source>
        <translation>Cofnodi&apos;r &amp;mesurau cau yn gyntaf</translation>
    </message>
    <message>
        <source>Record the closing measures first</source>
        <translation>Cofnodi&apos;r mesurau cau yn gyntaf</translation>
    </message>
    <message>
        <source>Closing message</source>
        <translation>Neges cau</translation>
    </message>
    <message>
        <source>&amp;Close referral</source>
        <translation>&amp;Cau&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Still open. Say what became of each:</source>
        <translation>Yn dal ar agor. Dywedwch beth ddigwyddodd i bob un:</translation>
    </message>
    <message>
        <source>What became of {service}</source>
        <translation>Beth ddigwyddodd i {service}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewiswch…</translation>
    </message>
    <message>
        <source>{service} ({status}):</source>
        <translation>{service} ({status}):</translation>
    </message>
    <message>
        <source>Closing measures not recorded yet: {names}. Recording them now shows the change since the start in the report.</source>
        <translation>Mesurau cau heb eu cofnodi eto: {names}. Bydd eu cofnodi nawr yn dangos y newid ers y dechrau yn yr adroddiad.</translation>
    </message>
    <message>
        <source>Choose why the referral is closing.</source>
        <translation>Dewiswch pam mae&apos;r atgyfeiriad yn cau.</translation>
    </message>
    <message>
        <source>Say what became of each open connection: {service} is still open.</source>
        <translation>Dywedwch beth ddigwyddodd i bob cysylltiad agored: mae {service} yn dal ar agor.</translation>
    </message>
</context>
<context>
    <name>person.connect</name>
    <message>
        <source>The service says: {notice}</source>
        <translation>Mae&apos;r gwasanaeth yn dweud: {notice}</translation>
    </message>
    <message>
        <source>{service} is {status}. People connected to it may not be seen.</source>
        <translation>{service}: {status}. Efallai na fydd pobl sydd wedi&apos;u cysylltu ag ef yn cael eu gweld.</translation>
    </message>
    <message>
        <source>{service} is full at the moment.</source>
        <translation>Mae {service} yn llawn ar hyn o bryd.</translation>
    </message>
    <message>
        <source>{service} has a waiting list.</source>
        <translation>Mae gan {service} restr aros.</translation>
    </message>
    <message>
        <source>Connect to a service</source>
        <translation>Cysylltu â gwasanaeth</translation>
    </message>
    <message>
        <source>&amp;Find a service:</source>
        <translation>&amp;Canfod gwasanaeth:</translation>
    </message>
    <message>
        <source>Find a service</source>
        <translation>Canfod gwasanaeth</translation>
    </message>
    <message>
        <source>What or where: walking, debt advice, LS6…</source>
        <translation>Beth neu ble: cerdded, cyngor ar ddyledion, CF10…</translation>
    </message>
    <message>
        <source>Services found</source>
        <translation>Gwasanaethau a ganfuwyd</translation>
    </message>
    <message>
        <source>Service warning</source>
        <translation>Rhybudd am y gwasanaeth</translation>
    </message>
    <message>
        <source>&amp;Signpost (give the details)</source>
        <translation>Cyf&amp;eirio (rhoi&apos;r manylion)</translation>
    </message>
    <message>
        <source>&amp;Refer (send a referral)</source>
        <translation>&amp;Atgyfeirio (anfon atgyfeiriad)</translation>
    </message>
    <message>
        <source>Connection note</source>
        <translation>Nodyn y cysylltiad</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nodyn (dewisol)</translation>
    </message>
    <message>
        <source>Connection message</source>
        <translation>Neges y cysylltiad</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>C&amp;ysylltu</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Cysylltu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>checked {date}</source>
        <translation>gwiriwyd {date}</translation>
    </message>
    <message>
        <source>Every service found is closed or full: choose one on purpose to connect anyway.</source>
        <translation>Mae pob gwasanaeth a ganfuwyd ar gau neu&apos;n llawn: dewiswch un yn fwriadol i gysylltu beth bynnag.</translation>
    </message>
    <message>
        <source>No service matches that. Try fewer or other words.</source>
        <translation>Does dim gwasanaeth yn cyfateb i hynny. Rhowch gynnig ar lai o eiriau neu eiriau eraill.</translation>
    </message>
    <message>
        <source>&amp;Connect anyway</source>
        <translation>C&amp;ysylltu beth bynnag</translation>
    </message>
    <message>
        <source>Choose a service first.</source>
        <translation>Dewiswch wasanaeth yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>person.contact</name>
    <message>
        <source>Correct a contact</source>
        <translation>Cywiro cyswllt</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ychwanegu cyswllt</translation>
    </message>
    <message>
        <source>Type of contact</source>
        <translation>Math o gyswllt</translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation>Dyddiad ac amser y cyswllt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mun</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Hyd mewn munudau</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>What was talked about, what was agreed, what happens next.</source>
        <translation>Beth a drafodwyd, beth a gytunwyd, beth sy&apos;n digwydd nesaf.</translation>
    </message>
    <message>
        <source>Contact message</source>
        <translation>Neges y cyswllt</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Pryd:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Hyd:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
    <message>
        <source>Also &amp;move the referral to “{status}”</source>
        <translation>&amp;Symud yr atgyfeiriad hefyd i “{status}”</translation>
    </message>
    <message>
        <source>Also move the referral on to contacted</source>
        <translation>Symud yr atgyfeiriad hefyd i &apos;cysylltwyd&apos;</translation>
    </message>
    <message>
        <source>Your correction is added; the contact as it was stays in the history.</source>
        <translation>Mae eich cywiriad wedi&apos;i ychwanegu; mae&apos;r cyswllt fel yr oedd yn aros yn yr hanes.</translation>
    </message>
    <message>
        <source>Save the contact</source>
        <translation>Cadw&apos;r cyswllt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>The contact lasted 0 minutes. Set how long it took, or press Save again to keep 0.</source>
        <translation>Parodd y cyswllt 0 munud. Nodwch pa mor hir y parodd, neu pwyswch Cadw eto i gadw 0.</translation>
    </message>
    <message>
        <source>Nothing is changed; there is nothing to correct.</source>
        <translation>Does dim wedi newid; does dim i&apos;w gywiro.</translation>
    </message>
</context>
<context>
    <name>person.drafts</name>
    <message>
        <source>Unsaved draft</source>
        <translation>Drafft heb ei gadw</translation>
    </message>
    <message>
        <source>&amp;Restore draft</source>
        <translation>&amp;Adfer y drafft</translation>
    </message>
    <message>
        <source>Restore the draft</source>
        <translation>Adfer y drafft</translation>
    </message>
    <message>
        <source>Discard dra&amp;ft</source>
        <translation>&amp;Gwaredu&apos;r drafft</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Gwaredu&apos;r drafft</translation>
    </message>
    <message>
        <source>You started this on {date} and it was not saved. Restore what you typed?</source>
        <translation>Fe ddechreuoch chi hwn ar {date} ac ni chafodd ei gadw. Adfer yr hyn a deipiwyd gennych?</translation>
    </message>
</context>
<context>
    <name>person.duplicates</name>
    <message>
        <source>Possible duplicates — Linkwell</source>
        <translation>Dyblygion posibl — Linkwell</translation>
    </message>
    <message>
        <source>Records that may be the same person</source>
        <translation>Cofnodion a allai fod yr un person</translation>
    </message>
    <message>
        <source>&amp;Records that may be the same person:</source>
        <translation>Cofnodion a allai fod yr un &amp;person:</translation>
    </message>
    <message>
        <source>How many pairs</source>
        <translation>Sawl pâr</translation>
    </message>
    <message>
        <source>The record kept</source>
        <translation>Y cofnod a gedwir</translation>
    </message>
    <message>
        <source>The record merged into it</source>
        <translation>Y cofnod a gyfunir ag ef</translation>
    </message>
    <message>
        <source>Why they may be one person</source>
        <translation>Pam y gallent fod yn un person</translation>
    </message>
    <message>
        <source>What differs: tick a field to take the other record&apos;s value</source>
        <translation>Beth sy&apos;n wahanol: ticiwch faes i gymryd gwerth y cofnod arall</translation>
    </message>
    <message>
        <source>Take the other&apos;s value</source>
        <translation>Cymryd gwerth y llall</translation>
    </message>
    <message>
        <source>Kept record</source>
        <translation>Cofnod a gedwir</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>Cofnod arall</translation>
    </message>
    <message>
        <source>&amp;What differs (Space ticks a field to take the other record&apos;s value):</source>
        <translation>Beth sy&apos;n &amp;wahanol (mae Bylchwr yn ticio maes i gymryd gwerth y cofnod arall):</translation>
    </message>
    <message>
        <source>What both records hold alike</source>
        <translation>Yr hyn sydd yr un fath yn y ddau gofnod</translation>
    </message>
    <message>
        <source>Merge message</source>
        <translation>Neges cyfuno</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Beth a wnaed</translation>
    </message>
    <message>
        <source>&amp;Swap which is kept</source>
        <translation>C&amp;yfnewid pa un a gedwir</translation>
    </message>
    <message>
        <source>Swap which record is kept</source>
        <translation>Cyfnewid pa gofnod a gedwir</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Cyfuno</translation>
    </message>
    <message>
        <source>Merge the other record into the kept one</source>
        <translation>Cyfuno&apos;r cofnod arall â&apos;r un a gedwir</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>&amp;Nid yr un person</translation>
    </message>
    <message>
        <source>These are two people: leave the pair out of the list</source>
        <translation>Dau berson yw&apos;r rhain: gadael y pâr allan o&apos;r rhestr</translation>
    </message>
    <message>
        <source>&amp;Undo the last merge</source>
        <translation>&amp;Dadwneud y cyfuno diwethaf</translation>
    </message>
    <message>
        <source>Undo the last merge</source>
        <translation>Dadwneud y cyfuno diwethaf</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;au</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} – {second}</translation>
    </message>
    <message>
        <source>1 pair to check.</source>
        <translation>1 pâr i&apos;w wirio.</translation>
    </message>
    <message>
        <source>{count} pairs to check.</source>
        <translation>Parau i&apos;w gwirio: {count}.</translation>
    </message>
    <message>
        <source>No records look like the same person.</source>
        <translation>Does dim cofnodion sy&apos;n edrych fel yr un person.</translation>
    </message>
    <message>
        <source>Kept: {record}</source>
        <translation>Cedwir: {record}</translation>
    </message>
    <message>
        <source>Merged into it: {record}</source>
        <translation>Cyfunir ag ef: {record}</translation>
    </message>
    <message>
        <source>Alike in both: {fields}</source>
        <translation>Yr un fath yn y ddau: {fields}</translation>
    </message>
    <message>
        <source>Merged {other} into {kept}. Undo the last merge (Alt+U) while this window is open.</source>
        <translation>Cyfunwyd {other} i mewn i gofnod {kept}. Gallwch ddadwneud y cyfuno diwethaf (Alt+D) tra bo&apos;r ffenestr hon ar agor.</translation>
    </message>
    <message>
        <source>{kept} and {other} are kept apart as two people.</source>
        <translation>Cedwir {kept} ar wahân i {other} fel dau berson.</translation>
    </message>
    <message>
        <source>The merge was undone: the two records are apart again.</source>
        <translation>Dadwnaed y cyfuno: mae&apos;r ddau gofnod ar wahân eto.</translation>
    </message>
    <message>
        <source>{name} (1 referral)</source>
        <translation>{name} (1 atgyfeiriad)</translation>
    </message>
    <message>
        <source>{name} ({count} referrals)</source>
        <translation>{name} (atgyfeiriadau: {count})</translation>
    </message>
</context>
<context>
    <name>person.guardians</name>
    <message>
        <source>Young person</source>
        <translation>Person ifanc</translation>
    </message>
    <message>
        <source>&amp;Young person</source>
        <translation>&amp;Person ifanc</translation>
    </message>
    <message>
        <source>&amp;Parents, guardians and school…</source>
        <translation>&amp;Rhieni, gwarcheidwaid ac ysgol…</translation>
    </message>
    <message>
        <source>Who the young person lives with, who may be contacted, school, letters</source>
        <translation>Gyda phwy mae&apos;r person ifanc yn byw, â phwy y gellir cysylltu, ysgol, llythyrau</translation>
    </message>
    <message>
        <source>Who and how old</source>
        <translation>Pwy a pha oed</translation>
    </message>
    <message>
        <source>School or college</source>
        <translation>Ysgol neu goleg</translation>
    </message>
    <message>
        <source>&amp;May be contacted directly</source>
        <translation>Gellir cysylltu&apos;n &amp;uniongyrchol</translation>
    </message>
    <message>
        <source>The young person may be contacted directly</source>
        <translation>Gellir cysylltu&apos;n uniongyrchol â&apos;r person ifanc</translation>
    </message>
    <message>
        <source>Letters go to: {who}</source>
        <translation>Llythyrau&apos;n mynd at: {who}</translation>
    </message>
    <message>
        <source>Parents, guardians and carers</source>
        <translation>Rhieni, gwarcheidwaid a gofalwyr</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ychwanegu…</translation>
    </message>
    <message>
        <source>Add a parent, guardian or carer</source>
        <translation>Ychwanegu rhiant, gwarcheidwad neu ofalwr</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Golygu…</translation>
    </message>
    <message>
        <source>Edit the chosen parent, guardian or carer</source>
        <translation>Golygu&apos;r rhiant, y gwarcheidwad neu&apos;r gofalwr a ddewiswyd</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>Remove the chosen parent, guardian or carer</source>
        <translation>Tynnu&apos;r rhiant, y gwarcheidwad neu&apos;r gofalwr a ddewiswyd</translation>
    </message>
    <message>
        <source>Young person message</source>
        <translation>Neges person ifanc</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;au</translation>
    </message>
    <message>
        <source>Sc&amp;hool or college:</source>
        <translation>Ysg&amp;ol neu goleg:</translation>
    </message>
    <message>
        <source>Letters go to:</source>
        <translation>Llythyrau&apos;n mynd at:</translation>
    </message>
    <message>
        <source>&amp;Parents, guardians and carers:</source>
        <translation>&amp;Rhieni, gwarcheidwaid a gofalwyr:</translation>
    </message>
    <message>
        <source>{name} (date of birth not known).</source>
        <translation>{name} (dyddiad geni ddim yn hysbys).</translation>
    </message>
    <message>
        <source>{name} (young person, {age}).</source>
        <translation>{name} (person ifanc, {age}).</translation>
    </message>
    <message>
        <source>{name} (adult, {age}).</source>
        <translation>{name} (oedolyn, {age}).</translation>
    </message>
    <message>
        <source>Parent, guardian or carer</source>
        <translation>Rhiant, gwarcheidwad neu ofalwr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Relationship to the young person</source>
        <translation>Perthynas â&apos;r person ifanc</translation>
    </message>
    <message>
        <source>Has parental &amp;responsibility</source>
        <translation>Â chyfrifoldeb &amp;rhiant</translation>
    </message>
    <message>
        <source>Has parental responsibility</source>
        <translation>Â chyfrifoldeb rhiant</translation>
    </message>
    <message>
        <source>&amp;May be contacted</source>
        <translation>&amp;Gellir cysylltu â nhw</translation>
    </message>
    <message>
        <source>May be contacted</source>
        <translation>Gellir cysylltu â nhw</translation>
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
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Parent or guardian message</source>
        <translation>Neges rhiant neu warcheidwad</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Re&amp;lationship:</source>
        <translation>&amp;Perthynas:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Ffôn:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;bost:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>C&amp;yfeiriad:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>C&amp;anslo</translation>
    </message>
    <message>
        <source>A parent or guardian needs a name.</source>
        <translation>Mae angen enw ar riant neu warcheidwad.</translation>
    </message>
</context>
<context>
    <name>person.record</name>
    <message>
        <source>&amp;Offer made</source>
        <translation>Cy&amp;nnig wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>A&amp;ccepted</source>
        <translation>Wedi derby&amp;n</translation>
    </message>
    <message>
        <source>&amp;Declined</source>
        <translation>Wedi gwr&amp;thod</translation>
    </message>
    <message>
        <source>&amp;What matters held</source>
        <translation>Be&amp;th sy&apos;n bwysig wedi&apos;i drafod</translation>
    </message>
    <message>
        <source>&amp;Plan agreed</source>
        <translation>Cy&amp;nllun wedi&apos;i gytuno</translation>
    </message>
    <message>
        <source>Co&amp;nnecting</source>
        <translation>Cysyll&amp;tu</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Adolyg&amp;u</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>&amp;Cau…</translation>
    </message>
    <message>
        <source>Person record</source>
        <translation>Cofnod y person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Person details</source>
        <translation>Manylion y person</translation>
    </message>
    <message>
        <source>Risk or safeguarding note</source>
        <translation>Nodyn risg neu ddiogelu</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Atgyfeiriad</translation>
    </message>
    <message>
        <source>Re&amp;ferral:</source>
        <translation>&amp;Atgyfeiriad:</translation>
    </message>
    <message>
        <source>Referral status</source>
        <translation>Statws yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Cam nesaf:</translation>
    </message>
    <message>
        <source>Move to {status}</source>
        <translation>Symud i {status}</translation>
    </message>
    <message>
        <source>What can be done next, and why</source>
        <translation>Beth y gellir ei wneud nesaf, a pham</translation>
    </message>
    <message>
        <source>Record message</source>
        <translation>Neges y cofnod</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Wedi&apos;i ddileu</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
    <message>
        <source>Episode timeline</source>
        <translation>Llinell amser y cyfnod cymorth</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>SNOMED CT</source>
        <translation>SNOMED CT</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Cysylltiadau</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Munudau</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Cysylltiadau â gwasanaethau</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Llinell amser</translation>
    </message>
    <message>
        <source>Contact&amp;s</source>
        <translation>Cysyllt&amp;iadau</translation>
    </message>
    <message>
        <source>What &amp;matters and plan</source>
        <translation>&amp;Beth sy&apos;n bwysig a&apos;r cynllun</translation>
    </message>
    <message>
        <source>Connect&amp;ions to services</source>
        <translation>Cysylltiadau â g&amp;wasanaethau</translation>
    </message>
    <message>
        <source>Meas&amp;ures</source>
        <translation>&amp;Mesurau</translation>
    </message>
    <message>
        <source>Person record, scrolling</source>
        <translation>Cofnod y person, yn sgrolio</translation>
    </message>
    <message>
        <source>Delete the selected contact</source>
        <translation>Dileu&apos;r cyswllt a ddewiswyd</translation>
    </message>
    <message>
        <source>Show deleted contacts</source>
        <translation>Dangos cysylltiadau wedi&apos;u dileu</translation>
    </message>
    <message>
        <source>Restore the selected deleted contact</source>
        <translation>Adfer y cyswllt wedi&apos;i ddileu a ddewiswyd</translation>
    </message>
    <message>
        <source>Delete the selected connection</source>
        <translation>Dileu&apos;r cysylltiad a ddewiswyd</translation>
    </message>
    <message>
        <source>Show deleted connections</source>
        <translation>Dangos cysylltiadau â gwasanaethau wedi&apos;u dileu</translation>
    </message>
    <message>
        <source>Restore the selected deleted connection</source>
        <translation>Adfer y cysylltiad wedi&apos;i ddileu a ddewiswyd</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Dileu (Del)</translation>
    </message>
    <message>
        <source>S&amp;how deleted</source>
        <translation>Dang&amp;os y rhai wedi&apos;u dileu</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Adfer</translation>
    </message>
    <message>
        <source>Age {age} (born {date})</source>
        <translation>Oed {age} (ganwyd {date})</translation>
    </message>
    <message>
        <source>NHS number {number}</source>
        <translation>Rhif GIG {number}</translation>
    </message>
    <message>
        <source>No NHS number</source>
        <translation>Dim rhif GIG</translation>
    </message>
    <message>
        <source>Practice: {practice}</source>
        <translation>Meddygfa: {practice}</translation>
    </message>
    <message>
        <source>Practice: not known</source>
        <translation>Meddygfa: ddim yn hysbys</translation>
    </message>
    <message>
        <source>Shares details with the GP</source>
        <translation>Yn rhannu manylion â&apos;r meddyg teulu</translation>
    </message>
    <message>
        <source>Has not agreed to share details with the GP</source>
        <translation>Heb gytuno i rannu manylion â&apos;r meddyg teulu</translation>
    </message>
    <message>
        <source>Communication needs: {needs}</source>
        <translation>Anghenion cyfathrebu: {needs}</translation>
    </message>
    <message>
        <source>Reach on {first} or {second}</source>
        <translation>Cysylltu drwy {first} neu {second}</translation>
    </message>
    <message>
        <source>Reach on {way}</source>
        <translation>Cysylltu drwy {way}</translation>
    </message>
    <message>
        <source>Risk or safeguarding: {note}</source>
        <translation>Risg neu ddiogelu: {note}</translation>
    </message>
    <message>
        <source>{date} from {source}</source>
        <translation>{date} (ffynhonnell: {source})</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statws: {status}</translation>
    </message>
    <message>
        <source>No referral yet.</source>
        <translation>Dim atgyfeiriad eto.</translation>
    </message>
    <message>
        <source>(deleted {date})</source>
        <translation>(dilëwyd {date})</translation>
    </message>
    <message>
        <source>{what} deleted.</source>
        <translation>Wedi dileu: {what}.</translation>
    </message>
    <message>
        <source>Choose a deleted contact (shown greyed) to restore.</source>
        <translation>Dewiswch gyswllt wedi&apos;i ddileu (yn llwyd) i&apos;w adfer.</translation>
    </message>
    <message>
        <source>Choose a deleted connection (shown greyed) to restore.</source>
        <translation>Dewiswch gysylltiad wedi&apos;i ddileu (yn llwyd) i&apos;w adfer.</translation>
    </message>
</context>
<context>
    <name>person.safeguarding</name>
    <message>
        <source>Safeguarding</source>
        <translation>Diogelu</translation>
    </message>
    <message>
        <source>Safeguarding concern</source>
        <translation>Pryder diogelu</translation>
    </message>
    <message>
        <source>&amp;Safeguarding records…</source>
        <translation>Cofnodion &amp;diogelu…</translation>
    </message>
    <message>
        <source>Concerns, whom they were raised with, and their status (every look is recorded)</source>
        <translation>Pryderon, gyda phwy y cawsant eu codi, a&apos;u statws (cofnodir pob golwg)</translation>
    </message>
    <message>
        <source>Open the records: Ctrl+Shift+K.</source>
        <translation>Agor y cofnodion: Ctrl+Shift+K.</translation>
    </message>
    <message>
        <source>Safeguarding records</source>
        <translation>Cofnodion diogelu</translation>
    </message>
    <message>
        <source>Safeguarding concerns</source>
        <translation>Pryderon diogelu</translation>
    </message>
    <message>
        <source>&amp;Concerns (newest first):</source>
        <translation>&amp;Pryderon (y diweddaraf yn gyntaf):</translation>
    </message>
    <message>
        <source>New status for the chosen concern</source>
        <translation>Statws newydd i&apos;r pryder a ddewiswyd</translation>
    </message>
    <message>
        <source>C&amp;hange status</source>
        <translation>Ne&amp;wid y statws</translation>
    </message>
    <message>
        <source>Change the chosen concern&apos;s status</source>
        <translation>Newid statws y pryder a ddewiswyd</translation>
    </message>
    <message>
        <source>Category of concern</source>
        <translation>Categori&apos;r pryder</translation>
    </message>
    <message>
        <source>Raised with</source>
        <translation>Wedi&apos;i godi gyda</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Wedi&apos;i godi ar</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/BBBB</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>&amp;Add concern</source>
        <translation>&amp;Ychwanegu pryder</translation>
    </message>
    <message>
        <source>Add the concern</source>
        <translation>Ychwanegu&apos;r pryder</translation>
    </message>
    <message>
        <source>Safeguarding message</source>
        <translation>Neges diogelu</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Ca&amp;u</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Categori:</translation>
    </message>
    <message>
        <source>&amp;Raised with:</source>
        <translation>Wedi&apos;i &amp;godi gyda:</translation>
    </message>
    <message>
        <source>Raised &amp;on:</source>
        <translation>Wedi&apos;i godi &amp;ar:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <source>A new concern:</source>
        <translation>Pryder newydd:</translation>
    </message>
    <message>
        <source>No safeguarding concern recorded.</source>
        <translation>Dim pryder diogelu wedi&apos;i gofnodi.</translation>
    </message>
</context>
<context>
    <name>person.tabs.connections</name>
    <message>
        <source>(service no longer in the directory)</source>
        <translation>(gwasanaeth nad yw yn y cyfeiriadur mwyach)</translation>
    </message>
    <message>
        <source>Connect to a service… (Ctrl+Shift+S)</source>
        <translation>Cysylltu â gwasanaeth… (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Connect to a service</source>
        <translation>Cysylltu â gwasanaeth</translation>
    </message>
    <message>
        <source>Move the selected connection to</source>
        <translation>Symud y cysylltiad a ddewiswyd i</translation>
    </message>
    <message>
        <source>Outcome reason</source>
        <translation>Rheswm y canlyniad</translation>
    </message>
    <message>
        <source>Upd&amp;ate status</source>
        <translation>Diweddaru&apos;r &amp;statws</translation>
    </message>
    <message>
        <source>Update the connection&apos;s status</source>
        <translation>Diweddaru statws y cysylltiad</translation>
    </message>
    <message>
        <source>Ne&amp;xt step for the selected one:</source>
        <translation>Cam n&amp;esaf i&apos;r un a ddewiswyd:</translation>
    </message>
    <message>
        <source>Choose a connection to delete.</source>
        <translation>Dewiswch gysylltiad i&apos;w ddileu.</translation>
    </message>
    <message>
        <source>That connection is already deleted.</source>
        <translation>Mae&apos;r cysylltiad hwnnw wedi&apos;i ddileu eisoes.</translation>
    </message>
    <message>
        <source>Connection to {service}</source>
        <translation>Cysylltiad â {service}</translation>
    </message>
</context>
<context>
    <name>person.tabs.contacts</name>
    <message>
        <source>Earlier: {date}</source>
        <translation>Cynt: {date}</translation>
    </message>
    <message>
        <source>&amp;Add contact… (Ctrl+Shift+C)</source>
        <translation>&amp;Ychwanegu cyswllt… (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ychwanegu cyswllt</translation>
    </message>
    <message>
        <source>Correct… (F2)</source>
        <translation>Cywiro… (F2)</translation>
    </message>
    <message>
        <source>Correct the selected contact</source>
        <translation>Cywiro&apos;r cyswllt a ddewiswyd</translation>
    </message>
    <message>
        <source>The chosen contact&apos;s note, whole</source>
        <translation>Nodyn y cyswllt a ddewiswyd, yn llawn</translation>
    </message>
    <message>
        <source>Choose a contact above to read its whole note here.</source>
        <translation>Dewiswch gyswllt uchod i ddarllen ei nodyn yn llawn yma.</translation>
    </message>
    <message>
        <source>This contact has no note.</source>
        <translation>Nid oes nodyn gan y cyswllt hwn.</translation>
    </message>
    <message>
        <source>(corrected)</source>
        <translation>(wedi&apos;i gywiro)</translation>
    </message>
    <message>
        <source>Choose a contact to correct.</source>
        <translation>Dewiswch gyswllt i&apos;w gywiro.</translation>
    </message>
    <message>
        <source>That contact is deleted; restore it before correcting it.</source>
        <translation>Mae&apos;r cyswllt hwnnw wedi&apos;i ddileu; adferwch ef cyn ei gywiro.</translation>
    </message>
    <message>
        <source>Choose a contact to delete.</source>
        <translation>Dewiswch gyswllt i&apos;w ddileu.</translation>
    </message>
    <message>
        <source>That contact is already deleted.</source>
        <translation>Mae&apos;r cyswllt hwnnw wedi&apos;i ddileu eisoes.</translation>
    </message>
    <message>
        <source>{kind} contact of {date}</source>
        <translation>Cyswllt ({kind}) ar {date}</translation>
    </message>
</context>
<context>
    <name>person.tabs.measures</name>
    <message>
        <source>Measure, or score</source>
        <translation>Mesur, neu sgôr</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>Change from baseline</source>
        <translation>Newid ers y llinell sylfaen</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>dim newid</translation>
    </message>
    <message>
        <source>{change} (better)</source>
        <translation>{change} (gwell)</translation>
    </message>
    <message>
        <source>{change} (worse)</source>
        <translation>{change} (gwaeth)</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesurau</translation>
    </message>
    <message>
        <source>Instrument definitions that could not be used</source>
        <translation>Diffiniadau offer mesur na ellid eu defnyddio</translation>
    </message>
    <message>
        <source>Measures summary</source>
        <translation>Crynodeb o&apos;r mesurau</translation>
    </message>
    <message>
        <source>Record me&amp;asures… (Ctrl+Shift+M)</source>
        <translation>Cofnodi m&amp;esurau… (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Record measures</source>
        <translation>Cofnodi mesurau</translation>
    </message>
    <message>
        <source>Correct answers… (Enter)</source>
        <translation>Cywiro atebion… (bysell ↵)</translation>
    </message>
    <message>
        <source>Correct the selected answers</source>
        <translation>Cywiro&apos;r atebion a ddewiswyd</translation>
    </message>
    <message>
        <source>Measures recorded</source>
        <translation>Mesurau a gofnodwyd</translation>
    </message>
    <message>
        <source>{date}  {measure}: {timepoint}</source>
        <translation>{date}  {measure}: {timepoint}</translation>
    </message>
    <message>
        <source>(lower is better)</source>
        <translation>(is yn well)</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>heb ei ateb</translation>
    </message>
    <message>
        <source>(this measure&apos;s definition is no longer loaded)</source>
        <translation>(nid yw diffiniad y mesur hwn wedi&apos;i lwytho mwyach)</translation>
    </message>
    <message>
        <source>No referral yet: measures are recorded on a referral.</source>
        <translation>Dim atgyfeiriad eto: cofnodir mesurau ar atgyfeiriad.</translation>
    </message>
    <message>
        <source>No measures recorded on this referral yet. The baseline is taken at the what matters conversation.</source>
        <translation>Dim mesurau wedi&apos;u cofnodi ar yr atgyfeiriad hwn eto. Cymerir y llinell sylfaen yn y sgwrs beth sy&apos;n bwysig.</translation>
    </message>
    <message>
        <source>{count} recorded on this referral. Changes are from the baseline; for anxiety and loneliness a fall is better.</source>
        <translation>Wedi&apos;u cofnodi ar yr atgyfeiriad hwn: {count}. Mae&apos;r newidiadau o&apos;r llinell sylfaen; ar gyfer gorbryder ac unigrwydd, mae gostyngiad yn well.</translation>
    </message>
    <message>
        <source>The answers to {measure} cannot be corrected: its definition is no longer loaded.</source>
        <translation>Does dim modd cywiro&apos;r atebion i {measure}: nid yw ei ddiffiniad wedi&apos;i lwytho mwyach.</translation>
    </message>
</context>
<context>
    <name>person.tabs.plan</name>
    <message>
        <source>What matters to the person</source>
        <translation>Beth sy&apos;n bwysig i&apos;r person</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Cryfderau</translation>
    </message>
    <message>
        <source>Save w&amp;hat matters</source>
        <translation>Ca&amp;dw beth sy&apos;n bwysig</translation>
    </message>
    <message>
        <source>Save what matters</source>
        <translation>Cadw beth sy&apos;n bwysig</translation>
    </message>
    <message>
        <source>Plan goals and actions</source>
        <translation>Nodau a chamau gweithredu&apos;r cynllun</translation>
    </message>
    <message>
        <source>Goal or action</source>
        <translation>Nod neu gam gweithredu</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>New goal, in the person&apos;s words</source>
        <translation>Nod newydd, yng ngeiriau&apos;r person</translation>
    </message>
    <message>
        <source>A goal in the person&apos;s own words</source>
        <translation>Nod yng ngeiriau&apos;r person ei hun</translation>
    </message>
    <message>
        <source>Add &amp;goal</source>
        <translation>Ychwan&amp;egu nod</translation>
    </message>
    <message>
        <source>Add the goal</source>
        <translation>Ychwanegu&apos;r nod</translation>
    </message>
    <message>
        <source>New action for the selected goal</source>
        <translation>Cam gweithredu newydd i&apos;r nod a ddewiswyd</translation>
    </message>
    <message>
        <source>An action for the selected goal</source>
        <translation>Cam i&apos;r nod hwn</translation>
    </message>
    <message>
        <source>Who does the action</source>
        <translation>Pwy sy&apos;n gwneud y cam gweithredu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Action due date</source>
        <translation>Dyddiad erbyn y cam gweithredu</translation>
    </message>
    <message>
        <source>By DD/MM/YYYY</source>
        <translation>DD/MM/BBBB</translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation>&amp;Ychwanegu cam gweithredu</translation>
    </message>
    <message>
        <source>Add the action to the selected goal</source>
        <translation>Ychwanegu&apos;r cam gweithredu at y nod a ddewiswyd</translation>
    </message>
    <message>
        <source>Mar&amp;k done</source>
        <translation>Marcio&apos;n gy&amp;flawn</translation>
    </message>
    <message>
        <source>Mark the selected goal achieved or action done</source>
        <translation>Marcio&apos;r nod a ddewiswyd wedi&apos;i gyflawni neu&apos;r cam gweithredu wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>What matters:</source>
        <translation>Beth sy&apos;n bwysig:</translation>
    </message>
    <message>
        <source>Strengths:</source>
        <translation>Cryfderau:</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ar y gweill</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>wedi&apos;i gyflawni</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>wedi&apos;i ollwng</translation>
    </message>
    <message>
        <source>done</source>
        <translation>wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>i&apos;w wneud</translation>
    </message>
    <message>
        <source>what matters</source>
        <translation>beth sy&apos;n bwysig</translation>
    </message>
    <message>
        <source>strengths</source>
        <translation>cryfderau</translation>
    </message>
    <message>
        <source>a new goal</source>
        <translation>nod newydd</translation>
    </message>
    <message>
        <source>a new action</source>
        <translation>cam gweithredu newydd</translation>
    </message>
    <message>
        <source>Add a goal first, then its actions.</source>
        <translation>Ychwanegwch nod yn gyntaf, yna ei gamau gweithredu.</translation>
    </message>
</context>
<context>
    <name>person.tabs.timeline</name>
    <message>
        <source>queued to send</source>
        <translation>yn y ciw i&apos;w anfon</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>wedi&apos;i anfon</translation>
    </message>
    <message>
        <source>collected by the practice</source>
        <translation>wedi&apos;i gasglu gan y feddygfa</translation>
    </message>
    <message>
        <source>filed in the record</source>
        <translation>wedi&apos;i ffeilio yn y cofnod</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>heb ei ddosbarthu</translation>
    </message>
    <message>
        <source>GP record: {state}</source>
        <translation>Cofnod y meddyg teulu: {state}</translation>
    </message>
    <message>
        <source>Closure reason: {reason}</source>
        <translation>Rheswm dros gau: {reason}</translation>
    </message>
</context>
<context>
    <name>person.window</name>
    <message>
        <source>Person — Linkwell</source>
        <translation>Person — Linkwell</translation>
    </message>
    <message>
        <source>{name} — Linkwell</source>
        <translation>{name} — Linkwell</translation>
    </message>
    <message>
        <source>{earlier} and {last}</source>
        <translation>{earlier}, {last}</translation>
    </message>
    <message>
        <source>You have typed {what} for {name} and not saved it. Close the record and lose it?</source>
        <translation>Rydych wedi teipio&apos;r canlynol ar gyfer {name} heb ei gadw: {what}. Cau&apos;r cofnod a&apos;i golli?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>y person hwn</translation>
    </message>
    <message>
        <source>&amp;Close and lose it</source>
        <translation>&amp;Cau a&apos;i golli</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Dal ati i olygu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation>Atgyfeiriad &amp;newydd…</translation>
    </message>
    <message>
        <source>A new person and their referral, with a check for duplicates</source>
        <translation>Person newydd a&apos;i atgyfeiriad, gyda gwiriad am ddyblygion</translation>
    </message>
    <message>
        <source>&amp;Waiting-room capture…</source>
        <translation>Cofnodi yn yr &amp;ystafell aros…</translation>
    </message>
    <message>
        <source>A quick self-referral: name, how to reach them, what matters</source>
        <translation>Hunanatgyfeiriad cyflym: enw, sut i gysylltu â nhw, beth sy&apos;n bwysig</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>&amp;Dyblygion posibl…</translation>
    </message>
    <message>
        <source>Records that may be the same person, side by side, to merge</source>
        <translation>Cofnodion a allai fod yr un person, ochr yn ochr, i&apos;w cyfuno</translation>
    </message>
</context>
</TS>
