<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>caseload</name>
    <message>
        <source>An NHS number has 10 digits; none was given.</source>
        <translation>Mae gan rif GIG 10 digid; ni roddwyd un.</translation>
    </message>
    <message>
        <source>An NHS number has only digits; {text} has other characters.</source>
        <translation>Dim ond digidau sydd mewn rhif GIG; mae nodau eraill yn {text}.</translation>
    </message>
    <message>
        <source>An NHS number has 10 digits; {text} has {len}.</source>
        <translation>Mae gan rif GIG 10 digid; mae gan {text} {len}.</translation>
    </message>
    <message>
        <source>{format_display} is not a valid NHS number (its check digit is wrong).</source>
        <translation>Nid yw {format_display} yn rif GIG dilys (mae ei ddigid gwirio yn anghywir).</translation>
    </message>
    <message>
        <source>Type a date and time such as 20/11/2026 14:30, 20/11 2pm, today 14:30 or yesterday 9am.</source>
        <translation>Teipiwch ddyddiad ac amser fel 20/11/2026 14:30, 20/11 2pm, heddiw 14:30 neu ddoe 9am.</translation>
    </message>
    <message>
        <source>Say when. {help}</source>
        <translation>Dywedwch pryd. {help}</translation>
    </message>
    <message>
        <source>{strip} is not a date and time Linkwell understands. {help}</source>
        <translation>Nid yw {strip} yn ddyddiad ac amser y mae Linkwell yn eu deall. {help}</translation>
    </message>
    <message>
        <source>Say what became of each open connection before closing the referral.</source>
        <translation>Dywedwch beth ddigwyddodd i bob cysylltiad agored cyn cau'r atgyfeiriad.</translation>
    </message>
    <message>
        <source>That ending does not fit one of the connections; choose another.</source>
        <translation>Nid yw'r diweddglo hwnnw'n addas i un o'r cysylltiadau; dewiswch un arall.</translation>
    </message>
    <message>
        <source>{form} is not a form name for a draft.</source>
        <translation>Nid yw {form} yn enw ffurflen ar gyfer drafft.</translation>
    </message>
    <message>
        <source>A person needs a given name and a family name.</source>
        <translation>Mae angen enw cyntaf a chyfenw ar berson.</translation>
    </message>
    <message>
        <source>{referral_source} is not a referral source.</source>
        <translation>Nid yw {referral_source} yn ffynhonnell atgyfeirio.</translation>
    </message>
    <message>
        <source>Unknown referral reason: {join}.</source>
        <translation>Rheswm atgyfeirio anhysbys: {join}.</translation>
    </message>
    <message>
        <source>{kind} is not a kind of contact.</source>
        <translation>Nid yw {kind} yn fath o gyswllt.</translation>
    </message>
    <message>
        <source>A contact lasts between 0 minutes and a day.</source>
        <translation>Mae cyswllt yn para rhwng 0 munud a diwrnod.</translation>
    </message>
    <message>
        <source>That contact is deleted; restore it before correcting it.</source>
        <translation>Mae'r cyswllt hwnnw wedi'i ddileu; adferwch ef cyn ei gywiro.</translation>
    </message>
    <message>
        <source>That contact has already been edited; edit its newest version.</source>
        <translation>Mae'r cyswllt hwnnw wedi'i olygu eisoes; golygwch y fersiwn ddiweddaraf ohono.</translation>
    </message>
    <message>
        <source>That connection is deleted; restore it before updating it.</source>
        <translation>Mae'r cysylltiad hwnnw wedi'i ddileu; adferwch ef cyn ei ddiweddaru.</translation>
    </message>
    <message>
        <source>A referral needs a person: choose one, or give a new person's details.</source>
        <translation>Mae angen person ar atgyfeiriad: dewiswch un, neu rhowch fanylion person newydd.</translation>
    </message>
    <message>
        <source>Choose the team member to hand this person over to.</source>
        <translation>Dewiswch yr aelod o'r tîm i drosglwyddo'r person hwn iddo.</translation>
    </message>
    <message>
        <source>This person is already yours: choose another member of the team.</source>
        <translation>Chi sydd â'r person hwn eisoes: dewiswch aelod arall o'r tîm.</translation>
    </message>
    <message>
        <source>This laptop does not know the team yet: sync once (F9, or 'linkwell sync now'), then hand over.</source>
        <translation>Dydy'r gliniadur hwn ddim yn adnabod y tîm eto: cysonwch unwaith (F9, neu 'linkwell sync now'), yna trosglwyddwch.</translation>
    </message>
    <message>
        <source>{to_user} is not a member of the team on the hub{value}.</source>
        <translation>Nid yw {to_user} yn aelod o'r tîm ar yr hyb{value}.</translation>
    </message>
    <message>
        <source>{to_user} is a navigator and does not receive the caseload, so cannot take a person over.</source>
        <translation>Mae {to_user} yn llywiwr ac nid yw'n cael y llwyth achosion, felly ni all gymryd person drosodd.</translation>
    </message>
    <message>
        <source>Nothing about this person is waiting for you to take up.</source>
        <translation>Does dim byd am y person hwn yn aros i chi ei dderbyn.</translation>
    </message>
    <message>
        <source>That is not a person's id.</source>
        <translation>Nid yw hwnnw'n ID person.</translation>
    </message>
    <message>
        <source>Make first contact</source>
        <translation>Gwneud y cyswllt cyntaf</translation>
    </message>
    <message>
        <source>Hear back on the offer</source>
        <translation>Cael ateb i'r cynnig</translation>
    </message>
    <message>
        <source>Hold what matters conversation</source>
        <translation>Cynnal y sgwrs beth sy'n bwysig</translation>
    </message>
    <message>
        <source>Close or re-offer</source>
        <translation>Cau neu gynnig eto</translation>
    </message>
    <message>
        <source>Agree a plan</source>
        <translation>Cytuno ar gynllun</translation>
    </message>
    <message>
        <source>Connect to services</source>
        <translation>Cysylltu â gwasanaethau</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Cynnal apwyntiad dilynol</translation>
    </message>
    <message>
        <source>Review the plan</source>
        <translation>Adolygu'r cynllun</translation>
    </message>
    <message>
        <source>No referral</source>
        <translation>Dim atgyfeiriad</translation>
    </message>
    <message>
        <source>No person has the id {person_id}.</source>
        <translation>Does dim person â'r ID {person_id}.</translation>
    </message>
    <message>
        <source>This record has no merge to undo: it was not merged with another, or its merge has been undone already.</source>
        <translation>Does dim cyfuno i'w ddadwneud ar y cofnod hwn: ni chafodd ei gyfuno ag un arall, neu mae ei gyfuno wedi'i ddadwneud eisoes.</translation>
    </message>
    <message>
        <source>{given_name} {family_name}'s record was merged into another already.</source>
        <translation>Mae cofnod {given_name} {family_name} wedi'i gyfuno i mewn i un arall eisoes.</translation>
    </message>
    <message>
        <source>Choose two different records to compare.</source>
        <translation>Dewiswch ddau gofnod gwahanol i'w cymharu.</translation>
    </message>
    <message>
        <source>{join} cannot be chosen; the fields are: {join_b}.</source>
        <translation>Does dim modd dewis {join}; y meysydd yw: {join_b}.</translation>
    </message>
    <message>
        <source>Say 'kept' or 'other' for each field, not {join}.</source>
        <translation>Rhowch 'kept' neu 'other' ar gyfer pob maes, nid {join}.</translation>
    </message>
    <message>
        <source>That merge has already been undone.</source>
        <translation>Mae'r cyfuno hwnnw wedi'i ddadwneud eisoes.</translation>
    </message>
    <message>
        <source>A goal needs some words: what the person wants, in their own words.</source>
        <translation>Mae angen geiriau ar nod: beth mae'r person ei eisiau, yn eu geiriau eu hunain.</translation>
    </message>
    <message>
        <source>{status} is not a goal status; use one of: {join}.</source>
        <translation>Nid yw {status} yn statws nod; defnyddiwch un o'r rhain: {join}.</translation>
    </message>
    <message>
        <source>An action needs some words: what will be done.</source>
        <translation>Mae angen geiriau ar gam gweithredu: beth fydd yn cael ei wneud.</translation>
    </message>
    <message>
        <source>{fields} is not a safeguarding {what} Linkwell knows; choose one from the list.</source>
        <translation>Nid yw {fields} yn un o'r gwerthoedd diogelu ({what}) y mae Linkwell yn eu hadnabod; dewiswch un o'r rhestr.</translation>
    </message>
    <message>
        <source>A concern cannot be raised on a day still to come.</source>
        <translation>Ni ellir codi pryder ar ddyddiad yn y dyfodol.</translation>
    </message>
    <message>
        <source>A safeguarding record has no {join}.</source>
        <translation>Does dim maes {join} mewn cofnod diogelu.</translation>
    </message>
    <message>
        <source>That safeguarding record is no longer there.</source>
        <translation>Nid yw'r cofnod diogelu hwnnw yno bellach.</translation>
    </message>
    <message>
        <source>has parental responsibility</source>
        <translation>â chyfrifoldeb rhiant</translation>
    </message>
    <message>
        <source>no parental responsibility</source>
        <translation>heb gyfrifoldeb rhiant</translation>
    </message>
    <message>
        <source>may be contacted</source>
        <translation>gellir cysylltu â nhw</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>peidiwch â chysylltu</translation>
    </message>
    <message>
        <source>Young person, {age}</source>
        <translation>Person ifanc, {age} oed</translation>
    </message>
    <message>
        <source>Turned 18 on {day}, during the referral of {referred}.</source>
        <translation>Trodd yn 18 oed ar {day}, yn ystod yr atgyfeiriad a wnaed ar {referred}.</translation>
    </message>
    <message>
        <source>Turns 18 on {day}, during the open referral of {referred}: adult services and consent apply from then.</source>
        <translation>Bydd yn troi'n 18 oed ar {day}, yn ystod yr atgyfeiriad agored a wnaed ar {referred}: bydd gwasanaethau a chaniatâd oedolion yn berthnasol o hynny ymlaen.</translation>
    </message>
    <message>
        <source>A parent or guardian has no {join}.</source>
        <translation>Does dim maes {join} ar gyfer rhiant neu warcheidwad.</translation>
    </message>
    <message>
        <source>A parent or guardian needs a name.</source>
        <translation>Mae angen enw ar riant neu warcheidwad.</translation>
    </message>
    <message>
        <source>{relationship} is not a relationship Linkwell knows; choose one from the list.</source>
        <translation>Nid yw {relationship} yn berthynas y mae Linkwell yn ei hadnabod; dewiswch un o'r rhestr.</translation>
    </message>
    <message>
        <source>Letters go to the young person, their parent or guardian, or both; not {letters_to}.</source>
        <translation>Mae llythyrau'n mynd at y person ifanc, at riant neu warcheidwad, neu at y ddau; nid {letters_to}.</translation>
    </message>
    <message>
        <source>Add a parent or guardian before sending letters to them.</source>
        <translation>Ychwanegwch riant neu warcheidwad cyn anfon llythyrau atyn nhw.</translation>
    </message>
    <message>
        <source>That parent or guardian is no longer on the record.</source>
        <translation>Nid yw'r rhiant neu'r gwarcheidwad hwnnw ar y cofnod bellach.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>undo, later, the latest merge that kept this record or merged it away</source>
        <translation>dadwneud, yn nes ymlaen, y cyfuno diwethaf a gadwodd y cofnod hwn neu a'i gyfunodd i gofnod arall</translation>
    </message>
    <message>
        <source>the id of either record of the merge</source>
        <translation>ID y naill gofnod neu'r llall yn y cyfuno</translation>
    </message>
    <message>
        <source>print the ids of the two records, separate again, as JSON</source>
        <translation>argraffu ID y ddau gofnod, ar wahân eto, fel JSON</translation>
    </message>
    <message>
        <source>Undid the merge: {first} and {second} are two records again.</source>
        <translation>Dadwnaed y cyfuno: mae {first} a {second} yn ddau gofnod eto.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds greater than 0 and up to a week, such as 600.</source>
        <translation>Mae --timeout yn cymryd nifer o eiliadau sy'n fwy na 0 a hyd at wythnos, fel 600.</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD).</source>
        <translation>Nid yw {value} yn ddyddiad (BBBB-MM-DD).</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Gwrthodwyd:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Rhybuddion:</translation>
    </message>
</context>
<context>
    <name>closing</name>
    <message>
        <source>Went, and it is done</source>
        <translation>Aeth, ac mae wedi gorffen</translation>
    </message>
    <message>
        <source>Not needed now (cancelled)</source>
        <translation>Dim angen bellach (wedi'i ganslo)</translation>
    </message>
    <message>
        <source>Never went</source>
        <translation>Heb fynd o gwbl</translation>
    </message>
</context>
<context>
    <name>directory</name>
    <message>
        <source>--modified-after works only with a feed URL, not a file.</source>
        <translation>Dim ond gyda chyfeiriad gwe ffrwd y mae --modified-after yn gweithio, nid gyda ffeil.</translation>
    </message>
    <message>
        <source>There is no file or folder at {path}; nothing was imported.</source>
        <translation>Does dim ffeil na ffolder yn {path}; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({strerror}); nothing was imported.</source>
        <translation>Does dim modd darllen {path} ({strerror}); ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; nothing was imported.</source>
        <translation>Nid yw {name} yn destun UTF-8; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>appears {count} times in this document; the last usable copy was imported, as a later copy is the newer, and the rest were ignored</source>
        <translation>mae'n ymddangos {count} o weithiau yn y ddogfen hon; mewnforiwyd y copi defnyddiadwy olaf, gan mai copi diweddarach yw'r mwyaf newydd, ac anwybyddwyd y gweddill</translation>
    </message>
    <message>
        <source>appears {count} times in this document</source>
        <translation>mae'n ymddangos {count} o weithiau yn y ddogfen hon</translation>
    </message>
    <message>
        <source>is not a service object; it was not imported</source>
        <translation>nid yw'n wrthrych gwasanaeth; ni chafodd ei fewnforio</translation>
    </message>
    <message>
        <source>{path} has no services.csv, so it is not an Open Referral CSV package; nothing was imported.</source>
        <translation>Does dim services.csv yn {path}, felly nid yw'n becyn CSV Open Referral; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>{root} cannot be read ({error}); nothing was imported.</source>
        <translation>Does dim modd darllen {root} ({error}); ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({error}); nothing was imported.</source>
        <translation>Does dim modd darllen {name} ({error}); ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file ({error}); nothing was imported.</source>
        <translation>Nid yw {name} yn ffeil CSV y gellir ei darllen ({error}); ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>The feed at {name} is nested too deeply to be a directory; nothing was imported.</source>
        <translation>Mae'r ffrwd yn {name} wedi'i nythu'n rhy ddwfn i fod yn gyfeiriadur; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to be a directory; nothing was imported.</source>
        <translation>Mae {name} wedi'i nythu'n rhy ddwfn i fod yn gyfeiriadur; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>The feed at {name} is not valid JSON ({msg} at line {lineno}, column {colno}); nothing was imported.</source>
        <translation>Nid yw'r ffrwd yn {name} yn JSON dilys ({msg} ar linell {lineno}, colofn {colno}); ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON ({msg} at line {lineno}, column {colno}); nothing was imported.</source>
        <translation>Nid yw {name} yn JSON dilys ({msg} ar linell {lineno}, colofn {colno}); ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>the page has no list of services; nothing was found in it</source>
        <translation>does dim rhestr o wasanaethau ar y dudalen; ni chanfuwyd dim ynddi</translation>
    </message>
    <message>
        <source>{label} does not look like an Open Referral directory (a page of services, a list of services or one service); nothing was imported.</source>
        <translation>Nid yw {label} yn edrych fel cyfeiriadur Open Referral (tudalen o wasanaethau, rhestr o wasanaethau neu un gwasanaeth); ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>this file is page {page} of {pages}; services on other pages were not imported, and none were flagged as gone from the feed</source>
        <translation>tudalen {page} o {pages} yw'r ffeil hon; ni fewnforiwyd y gwasanaethau ar dudalennau eraill, ac ni nodwyd bod yr un ohonynt wedi diflannu o'r ffrwd</translation>
    </message>
    <message>
        <source>the envelope says {total} service but the document holds {found}</source>
        <translation>mae'r amlen yn dweud {total} gwasanaeth ond mae {found} yn y ddogfen</translation>
    </message>
    <message>
        <source>the envelope says {total} services but the document holds {found}</source>
        <translation>mae'r amlen yn dweud {total} gwasanaeth ond mae {found} yn y ddogfen</translation>
    </message>
    <message>
        <source>{value} is not a count; it was ignored</source>
        <translation>nid yw {value} yn gyfrif; fe'i hanwybyddwyd</translation>
    </message>
    <message>
        <source>The import was cancelled; the directory is as it was before.</source>
        <translation>Cafodd y mewnforio ei ganslo; mae'r cyfeiriadur fel yr oedd o'r blaen.</translation>
    </message>
    <message>
        <source>the feed gave the same page twice; it may not support paging</source>
        <translation>rhoddodd y ffrwd yr un dudalen ddwywaith; efallai nad yw'n cefnogi tudalennu</translation>
    </message>
    <message>
        <source>Fetched page {page}</source>
        <translation>Wedi nôl tudalen {page}</translation>
    </message>
    <message>
        <source>the feed has more than {pages} pages; only the first {pages} were read</source>
        <translation>mae gan y ffrwd fwy na {pages} o dudalennau; dim ond y {pages} cyntaf a ddarllenwyd</translation>
    </message>
    <message>
        <source>the feed says {total} service(s) but its pages held {held}</source>
        <translation>mae'r ffrwd yn dweud {total} gwasanaeth ond roedd {held} ar ei thudalennau</translation>
    </message>
    <message>
        <source>The feed at {url} answered {code} {reason}; nothing was imported.</source>
        <translation>Atebodd y ffrwd yn {url}: {code} {reason}; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>The feed at {url} could not be reached ({reason}); nothing was imported.</source>
        <translation>Doedd dim modd cyrraedd y ffrwd yn {url} ({reason}); ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>The feed at {url} did not send UTF-8 text; nothing was imported.</source>
        <translation>Ni anfonodd y ffrwd yn {url} destun UTF-8; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>{name} holds more than {size}, the most one import reads, so nothing was imported; to allow more, run linkwell directory import with a larger --max-size.</source>
        <translation>Mae {name} yn dal mwy na {size}, y mwyaf y mae un mewnforio yn ei ddarllen, felly ni fewnforiwyd dim; i ganiatáu mwy, rhedwch linkwell directory import gyda --max-size mwy.</translation>
    </message>
    <message>
        <source>{name} unzips to more than {size}, the most one import reads, so nothing was imported; to allow more, run linkwell directory import with a larger --max-size.</source>
        <translation>Mae {name} yn dadsipio i fwy na {size}, y mwyaf y mae un mewnforio yn ei ddarllen, felly ni fewnforiwyd dim; i ganiatáu mwy, rhedwch linkwell directory import gyda --max-size mwy.</translation>
    </message>
    <message>
        <source>The files of {name} hold more than {size}, the most one import reads, so nothing was imported; to allow more, run linkwell directory import with a larger --max-size.</source>
        <translation>Mae ffeiliau {name} yn dal mwy na {size}, y mwyaf y mae un mewnforio yn ei ddarllen, felly ni fewnforiwyd dim; i ganiatáu mwy, rhedwch linkwell directory import gyda --max-size mwy.</translation>
    </message>
    <message>
        <source>The feed at {name} sent more than {size}, the most one import reads, so nothing was imported; to allow more, run linkwell directory import with a larger --max-size.</source>
        <translation>Anfonodd y ffrwd yn {name} fwy na {size}, y mwyaf y mae un mewnforio yn ei ddarllen, felly ni fewnforiwyd dim; i ganiatáu mwy, rhedwch linkwell directory import gyda --max-size mwy.</translation>
    </message>
    <message>
        <source>The feed at {url} did not finish within {duration}, so nothing was imported; to wait longer, run linkwell directory import with a larger --timeout.</source>
        <translation>Ni orffennodd y ffrwd yn {url} o fewn {duration}, felly ni fewnforiwyd dim; i aros yn hirach, rhedwch linkwell directory import gyda --timeout mwy.</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} beit</translation>
    </message>
    <message>
        <source>{text} is not a size; give one such as 200MB or 1GB.</source>
        <translation>Nid yw {text} yn faint; rhowch un fel 200MB neu 1GB.</translation>
    </message>
    <message>
        <source>{count} minute</source>
        <translation>{count} munud</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} munud</translation>
    </message>
    <message>
        <source>{count} second</source>
        <translation>{count} eiliad</translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation>{count} eiliad</translation>
    </message>
    <message>
        <source>“{part}” is not a weekly time. Write days then hours, such as “Tue, Thu 10:00-12:00”, with “;” between different times.</source>
        <translation>Nid yw “{part}” yn amser wythnosol. Ysgrifennwch y dyddiau ac yna'r oriau, fel “Tue, Thu 10:00-12:00”, gyda “;” rhwng amseroedd gwahanol.</translation>
    </message>
    <message>
        <source>In “{part}”, the finishing time comes before the starting time.</source>
        <translation>Yn “{part}”, mae'r amser gorffen yn dod cyn yr amser dechrau.</translation>
    </message>
    <message>
        <source>The {what} “{text}” is not a date; write it as DD/MM/YYYY.</source>
        <translation>Nid yw “{text}” ({what}) yn ddyddiad; ysgrifennwch ef fel DD/MM/BBBB.</translation>
    </message>
    <message>
        <source>The {what} “{value}” is not a whole number of years.</source>
        <translation>Nid yw “{value}” ({what}) yn nifer cyfan o flynyddoedd.</translation>
    </message>
    <message>
        <source>The {what} must be between 0 and 130 years.</source>
        <translation>Rhaid i'r gwerth ({what}) fod rhwng 0 a 130 oed.</translation>
    </message>
    <message>
        <source>A service needs a name.</source>
        <translation>Mae angen enw ar wasanaeth.</translation>
    </message>
    <message>
        <source>The email address “{email}” does not look right (it needs an @ and a domain).</source>
        <translation>Nid yw'r cyfeiriad e-bost “{email}” yn edrych yn iawn (mae angen @ a pharth arno).</translation>
    </message>
    <message>
        <source>“{status}” is not a service status; use one of: {join}.</source>
        <translation>Nid yw “{status}” yn statws gwasanaeth; defnyddiwch un o'r rhain: {join}.</translation>
    </message>
    <message>
        <source>“{capacity}” is not a capacity; use one of: {join}.</source>
        <translation>Nid yw “{capacity}” yn werth dilys ar gyfer lle; defnyddiwch un o'r rhain: {join}.</translation>
    </message>
    <message>
        <source>“{access}” is not a way in; use one of: {join}.</source>
        <translation>Nid yw “{access}” yn ffordd i mewn; defnyddiwch un o'r rhain: {join}.</translation>
    </message>
    <message>
        <source>The youngest age is above the oldest age; swap them or clear one.</source>
        <translation>Mae'r oed ieuengaf yn uwch na'r oed hynaf; cyfnewidiwch nhw neu cliriwch un.</translation>
    </message>
    <message>
        <source>An informal group has no charity number: clear the number, or untick “Informal group”.</source>
        <translation>Does dim rhif elusen gan grŵp anffurfiol: cliriwch y rhif, neu dad-diciwch “Grŵp anffurfiol”.</translation>
    </message>
    <message>
        <source>The charity number “{charity_number}” has characters a charity number never has.</source>
        <translation>Mae nodau yn y rhif elusen “{charity_number}” na fyddai byth mewn rhif elusen.</translation>
    </message>
    <message>
        <source>The website “{url}” does not look like a web address.</source>
        <translation>Nid yw'r wefan “{url}” yn edrych fel cyfeiriad gwe.</translation>
    </message>
    <message>
        <source>Give the informal group's name under Organisation (it may be the same as the service).</source>
        <translation>Rhowch enw'r grŵp anffurfiol o dan Sefydliad (gall fod yr un fath â'r gwasanaeth).</translation>
    </message>
    <message>
        <source>{fmt} is not an export format; use one of: {join}.</source>
        <translation>Nid yw {fmt} yn fformat allforio; defnyddiwch un o'r rhain: {join}.</translation>
    </message>
    <message>
        <source>{value} is not a {what} id.</source>
        <translation>Nid yw {value} yn ID dilys ({what}).</translation>
    </message>
    <message>
        <source>Say who verified the service.</source>
        <translation>Dywedwch pwy wiriodd y gwasanaeth.</translation>
    </message>
    <message>
        <source>{status} is not a service status; use one of: {join}.</source>
        <translation>Nid yw {status} yn statws gwasanaeth; defnyddiwch un o'r rhain: {join}.</translation>
    </message>
    <message>
        <source>{capacity} is not a capacity; use one of: {join}.</source>
        <translation>Nid yw {capacity} yn werth dilys ar gyfer lle; defnyddiwch un o'r rhain: {join}.</translation>
    </message>
    <message>
        <source>There is no service with id {service_id}.</source>
        <translation>Does dim gwasanaeth â'r ID {service_id}.</translation>
    </message>
    <message>
        <source>Say what kind of help was needed (a category or need).</source>
        <translation>Dywedwch pa fath o gymorth oedd ei angen (categori neu angen).</translation>
    </message>
    <message>
        <source>There is no person with id {person_id}.</source>
        <translation>Does dim person â'r ID {person_id}.</translation>
    </message>
    <message>
        <source>There is no worker with id {worker_id}.</source>
        <translation>Does dim gweithiwr â'r ID {worker_id}.</translation>
    </message>
    <message>
        <source>{age} is not an age in years.</source>
        <translation>Nid yw {age} yn oed mewn blynyddoedd.</translation>
    </message>
    <message>
        <source>{day} is not a day of the week.</source>
        <translation>Nid yw {day} yn ddiwrnod o'r wythnos.</translation>
    </message>
    <message>
        <source>{time} is not a time of day (HH:MM).</source>
        <translation>Nid yw {time} yn amser o'r dydd (AA:MM).</translation>
    </message>
    <message>
        <source>{wrong} is not a {what}; use one of: {join}.</source>
        <translation>Nid yw {wrong} yn werth dilys ar gyfer {what}; defnyddiwch un o'r rhain: {join}.</translation>
    </message>
    <message>
        <source>held HTML; only its text was kept</source>
        <translation>roedd yn cynnwys HTML; dim ond ei destun a gadwyd</translation>
    </message>
    <message>
        <source>{value} is not a web address; it was left out</source>
        <translation>nid yw {value} yn gyfeiriad gwe; fe'i gadawyd allan</translation>
    </message>
    <message>
        <source>{value} had no https:// in front; it was added</source>
        <translation>doedd dim https:// o flaen {value}; fe'i ychwanegwyd</translation>
    </message>
    <message>
        <source>{value} is not an email address; it was left out</source>
        <translation>nid yw {value} yn gyfeiriad e-bost; fe'i gadawyd allan</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD); it was left out</source>
        <translation>nid yw {value} yn ddyddiad (BBBB-MM-DD); fe'i gadawyd allan</translation>
    </message>
    <message>
        <source>{value} is not an age in years; it was left out</source>
        <translation>nid yw {value} yn oedran mewn blynyddoedd; fe'i gadawyd allan</translation>
    </message>
    <message>
        <source>latitude {lat}, longitude {lon} is not a place on Earth; the coordinates were left out</source>
        <translation>nid yw lledred {lat}, hydred {lon} yn lle ar y Ddaear; gadawyd y cyfesurynnau allan</translation>
    </message>
    <message>
        <source>{value} is not a time of day; it was left out</source>
        <translation>nid yw {value} yn amser o'r dydd; fe'i gadawyd allan</translation>
    </message>
    <message>
        <source>{value} is not a list of days; it was left out</source>
        <translation>nid yw {value} yn rhestr o ddyddiau; fe'i gadawyd allan</translation>
    </message>
    <message>
        <source>{value} is not a UK postcode; it was kept as written</source>
        <translation>nid yw {value} yn god post yn y DU; fe'i cadwyd fel y'i hysgrifennwyd</translation>
    </message>
    <message>
        <source>{value} is not a day of the week; it was left out</source>
        <translation>nid yw {value} yn ddiwrnod o'r wythnos; fe'i gadawyd allan</translation>
    </message>
    <message>
        <source>is true/false, not text; it was left out</source>
        <translation>gwir/gau ydyw, nid testun; fe'i gadawyd allan</translation>
    </message>
    <message>
        <source>is an object, not text; it was left out</source>
        <translation>gwrthrych ydyw, nid testun; fe'i gadawyd allan</translation>
    </message>
    <message>
        <source>is a list, not text; it was left out</source>
        <translation>rhestr ydyw, nid testun; fe'i gadawyd allan</translation>
    </message>
    <message>
        <source>is {kind}, not text; it was left out</source>
        <translation>{kind} ydyw, nid testun; fe'i gadawyd allan</translation>
    </message>
    <message>
        <source>has no id, which every service needs; it was not imported</source>
        <translation>does dim ID ganddo, ac mae ar bob gwasanaeth angen un; ni chafodd ei fewnforio</translation>
    </message>
    <message>
        <source>has no name, which every service needs; it was not imported</source>
        <translation>does dim enw ganddo, ac mae ar bob gwasanaeth angen un; ni chafodd ei fewnforio</translation>
    </message>
    <message>
        <source>has a name that is not text, which every service needs; it was not imported</source>
        <translation>nid testun yw ei enw, ac mae ar bob gwasanaeth angen enw; ni chafodd ei fewnforio</translation>
    </message>
    <message>
        <source>{value} is not a uuid as HSDS 3 expects; it was kept as the feed's id</source>
        <translation>nid yw {value} yn uuid fel y mae HSDS 3 yn ei ddisgwyl; fe'i cadwyd fel ID y ffrwd</translation>
    </message>
    <message>
        <source>{value} is not a service status ({statuses}); it was left out</source>
        <translation>nid yw {value} yn statws gwasanaeth ({statuses}); fe'i gadawyd allan</translation>
    </message>
    <message>
        <source>is not a list; it was left out</source>
        <translation>nid yw'n rhestr; fe'i gadawyd allan</translation>
    </message>
    <message>
        <source>{count} entries are not objects; they were left out</source>
        <translation>nid yw {count} o'r eitemau yn wrthrychau; fe'u gadawyd allan</translation>
    </message>
    <message>
        <source>{value} is not a value Linkwell knows here; it was left out</source>
        <translation>nid yw {value} yn werth y mae Linkwell yn ei adnabod yma; fe'i gadawyd allan</translation>
    </message>
    <message>
        <source>the minimum age {low} is above the maximum {high}; both were left out</source>
        <translation>mae'r oedran isaf {low} yn uwch na'r uchaf {high}; gadawyd y ddau allan</translation>
    </message>
    <message>
        <source>the organisation has neither a name nor an id; it was left out</source>
        <translation>does gan y sefydliad ddim enw na ID; fe'i gadawyd allan</translation>
    </message>
    <message>
        <source>the category has no name; it was left out</source>
        <translation>does gan y categori ddim enw; fe'i gadawyd allan</translation>
    </message>
    <message>
        <source>record {position}</source>
        <translation>cofnod {position}</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected, {warnings} warnings (a dry run: nothing was saved).</source>
        <translation>ychwanegwyd {added}, diweddarwyd {updated}, heb newid {unchanged}, gwrthodwyd {rejected}, rhybuddion {warnings} (rhediad prawf: ni chadwyd dim).</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected, {warnings} warnings.</source>
        <translation>ychwanegwyd {added}, diweddarwyd {updated}, heb newid {unchanged}, gwrthodwyd {rejected}, rhybuddion {warnings}.</translation>
    </message>
    <message>
        <source>{count} record broke a required rule, and a strict import takes all or nothing; nothing was imported.</source>
        <translation>Torrodd {count} cofnod reol ofynnol, ac mae mewnforio caeth yn cymryd y cyfan neu ddim; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>{count} records broke a required rule, and a strict import takes all or nothing; nothing was imported.</source>
        <translation>Torrodd {count} cofnod reol ofynnol, ac mae mewnforio caeth yn cymryd y cyfan neu ddim; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>Importing services</source>
        <translation>Wrthi'n mewnforio gwasanaethau</translation>
    </message>
    <message>
        <source>{organisation} is not an organisation this feed described; the service was imported without one</source>
        <translation>nid yw {organisation} yn sefydliad a ddisgrifiwyd gan y ffrwd hon; mewnforiwyd y gwasanaeth heb un</translation>
    </message>
    <message>
        <source>is no longer in this feed; it was flagged as missing, not deleted</source>
        <translation>nid yw yn y ffrwd hon bellach; fe'i nodwyd fel un sydd ar goll, heb ei ddileu</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>That passphrase does not unlock this database. Nothing was changed; try again.</source>
        <translation>Nid yw'r cyfrinymadrodd hwnnw'n datgloi'r gronfa ddata hon. Ni newidiwyd dim; rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>This database is locked and needs its passphrase (type it when asked, or set LINKWELL_PASSPHRASE).</source>
        <translation>Mae'r gronfa ddata hon wedi'i chloi ac mae angen ei chyfrinymadrodd (teipiwch ef pan ofynnir i chi, neu gosodwch LINKWELL_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Making the demo database was cancelled; nothing was written.</source>
        <translation>Cafodd creu'r gronfa ddata demo ei ganslo; ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>The demo goes into an empty database; this one already has records.</source>
        <translation>Mae'r demo yn mynd i gronfa ddata wag; mae cofnodion yn hon eisoes.</translation>
    </message>
    <message>
        <source>{value} is not a {what} id.</source>
        <translation>Nid yw {value} yn ID dilys ({what}).</translation>
    </message>
    <message>
        <source>There is no {what} with id {value}.</source>
        <translation>Does dim cofnod ({what}) â'r ID {value}.</translation>
    </message>
</context>
<context>
    <name>gp</name>
    <message>
        <source>The GP record message is not valid FHIR STU3, so it was not queued: {exc}</source>
        <translation>Nid yw neges cofnod y meddyg teulu yn FHIR STU3 dilys, felly ni chafodd ei rhoi yn y ciw: {exc}</translation>
    </message>
    <message>
        <source>{url} is not a MESH address: give one starting https://.</source>
        <translation>Nid yw {url} yn gyfeiriad MESH: rhowch un sy'n dechrau gyda https://.</translation>
    </message>
    <message>
        <source>Give the MESH mailbox id and the sending organisation's ODS code.</source>
        <translation>Rhowch ID blwch post MESH a chod ODS y sefydliad sy'n anfon.</translation>
    </message>
    <message>
        <source>The MESH mailbox password and shared key are both needed.</source>
        <translation>Mae angen y ddau: cyfrinair blwch post MESH a'r allwedd a rennir.</translation>
    </message>
    <message>
        <source>{name} has no NHS number, so nothing can be filed in a GP record: add it first.</source>
        <translation>Does dim rhif GIG gan {name}, felly does dim modd ffeilio dim yng nghofnod y meddyg teulu: ychwanegwch ef yn gyntaf.</translation>
    </message>
    <message>
        <source>{name} has no GP practice recorded: add it first.</source>
        <translation>Does dim meddygfa wedi'i chofnodi ar gyfer {name}: ychwanegwch hi yn gyntaf.</translation>
    </message>
    <message>
        <source>This laptop has no MESH mailbox set up: run 'linkwell mesh configure --url URL --mailbox ID --ods CODE' first. The messages stay queued.</source>
        <translation>Does dim blwch post MESH wedi'i osod ar y gliniadur hwn: rhedwch 'linkwell mesh configure --url URL --mailbox ID --ods CODE' yn gyntaf. Mae'r negeseuon yn aros yn y ciw.</translation>
    </message>
    <message>
        <source>The password for MESH mailbox {mailbox} cannot be read on this laptop (the keyring entry is gone, or the database key has changed since): run 'linkwell mesh configure' again. The messages stay queued.</source>
        <translation>Does dim modd darllen y cyfrinair ar gyfer blwch post MESH {mailbox} ar y gliniadur hwn (mae'r cofnod yn y cylch allweddi wedi mynd, neu mae allwedd y gronfa ddata wedi newid ers hynny): rhedwch 'linkwell mesh configure' eto. Mae'r negeseuon yn aros yn y ciw.</translation>
    </message>
    <message>
        <source>MESH refused mailbox {mailbox}: its password or shared key is not the one MESH holds. Check them with your MESH administrator and run 'linkwell mesh configure' again. Nothing was sent.</source>
        <translation>Gwrthododd MESH flwch post {mailbox}: nid yw ei gyfrinair na'i allwedd a rennir yn cyfateb i'r rhai sydd gan MESH. Gwiriwch nhw gyda'ch gweinyddwr MESH a rhedwch 'linkwell mesh configure' eto. Ni anfonwyd dim.</translation>
    </message>
    <message>
        <source>MESH answered with an error ({status}); the messages stay queued and Linkwell will try again.</source>
        <translation>Atebodd MESH gyda gwall ({status}); mae'r negeseuon yn aros yn y ciw a bydd Linkwell yn rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>MESH at {url} could not be reached ({name}); the messages stay queued and go when it can be reached.</source>
        <translation>Doedd dim modd cyrraedd MESH yn {url} ({name}); mae'r negeseuon yn aros yn y ciw a byddan nhw'n mynd pan fydd modd ei gyrraedd.</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
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
        <source>Referral date</source>
        <translation>Dyddiad yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Ffynhonnell yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Rhesymau</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Cafodd y mewnforio ei ganslo. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Would add {people}</source>
        <translation>Byddai'n ychwanegu {people}</translation>
    </message>
    <message>
        <source>Added {people}</source>
        <translation>Ychwanegwyd {people}</translation>
    </message>
    <message>
        <source>matched {people} already known</source>
        <translation>wedi paru {people} sydd eisoes yn hysbys</translation>
    </message>
    <message>
        <source>would add {referrals}</source>
        <translation>byddai'n ychwanegu {referrals}</translation>
    </message>
    <message>
        <source>added {referrals}</source>
        <translation>ychwanegwyd {referrals}</translation>
    </message>
    <message>
        <source>{referrals} already there</source>
        <translation>{referrals} yno eisoes</translation>
    </message>
    <message>
        <source>set aside {rows} for you to check</source>
        <translation>{rows} wedi'u neilltuo i chi eu gwirio</translation>
    </message>
    <message>
        <source>left out {rows} with problems</source>
        <translation>{rows} â phroblemau wedi'u gadael allan</translation>
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
        <source>1 referral</source>
        <translation>1 atgyfeiriad</translation>
    </message>
    <message>
        <source>{count} referrals</source>
        <translation>{count} atgyfeiriad</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 rhes</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} rhes</translation>
    </message>
    <message>
        <source>{name} is larger than {value} MB; split it first.</source>
        <translation>Mae {name} yn fwy na {value} MB; rhannwch y ffeil yn gyntaf.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({value}).</source>
        <translation>Does dim modd darllen {path} ({value}).</translation>
    </message>
    <message>
        <source>The file is not readable as CSV ({exc}).</source>
        <translation>Does dim modd darllen y ffeil fel CSV ({exc}).</translation>
    </message>
    <message>
        <source>The file is empty: it has no heading row.</source>
        <translation>Mae'r ffeil yn wag: does dim rhes penawdau ynddi.</translation>
    </message>
    <message>
        <source>{name} is not a readable Excel workbook ({exc}).</source>
        <translation>Nid yw {name} yn llyfr gwaith Excel y gellir ei ddarllen ({exc}).</translation>
    </message>
    <message>
        <source>{name} is not a readable Excel workbook (it is damaged): open it in Excel, save it again and import that copy.</source>
        <translation>Nid yw {name} yn llyfr gwaith Excel y gellir ei ddarllen (mae wedi'i ddifrodi): agorwch ef yn Excel, cadwch ef eto a mewnforiwch y copi hwnnw.</translation>
    </message>
    <message>
        <source>{name} is empty: its first sheet has no heading row.</source>
        <translation>Mae {name} yn wag: does dim rhes penawdau ar ei ddalen gyntaf.</translation>
    </message>
    <message>
        <source>The {field} is missing.</source>
        <translation>Mae'r maes {field} ar goll.</translation>
    </message>
    <message>
        <source>{day} is in the future.</source>
        <translation>Mae {day} yn y dyfodol.</translation>
    </message>
    <message>
        <source>{day} is too long ago to be right.</source>
        <translation>Mae {day} yn rhy bell yn ôl i fod yn gywir.</translation>
    </message>
    <message>
        <source>{source} is not a referral source.</source>
        <translation>Nid yw {source} yn ffynhonnell atgyfeirio.</translation>
    </message>
    <message>
        <source>A referral needs the date it was received.</source>
        <translation>Mae angen y dyddiad y daeth yr atgyfeiriad i law.</translation>
    </message>
    <message>
        <source>Longer than {limit} characters.</source>
        <translation>Yn hirach na {limit} nod.</translation>
    </message>
    <message>
        <source>{field_name} is not something Linkwell imports.</source>
        <translation>Nid yw {field_name} yn rhywbeth y mae Linkwell yn ei fewnforio.</translation>
    </message>
    <message>
        <source>The file has no column headed {heading}.</source>
        <translation>Does gan y ffeil ddim colofn â'r pennawd {heading}.</translation>
    </message>
    <message>
        <source>The file has no column for the {join}. Its headings are: {value}.</source>
        <translation>Does gan y ffeil ddim colofn ar gyfer: {join}. Ei phenawdau yw: {value}.</translation>
    </message>
    <message>
        <source> or the </source>
        <translation>; </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Wrthi'n gwirio'r rhesi…</translation>
    </message>
    <message>
        <source>{words} is not one of Linkwell's referral reasons, so it was kept as Other with the words as written.</source>
        <translation>Nid yw {words} yn un o resymau atgyfeirio Linkwell, felly cafodd ei gadw fel Arall, gyda'r geiriau fel y'u hysgrifennwyd.</translation>
    </message>
    <message>
        <source>Looking for people already known…</source>
        <translation>Wrthi'n chwilio am bobl sydd eisoes yn hysbys…</translation>
    </message>
    <message>
        <source>Line {line} gives the same NHS number for someone with a different name or date of birth; check which is right.</source>
        <translation>Mae llinell {line} yn rhoi'r un rhif GIG i rywun ag enw neu ddyddiad geni gwahanol; gwiriwch pa un sy'n gywir.</translation>
    </message>
    <message>
        <source>NHS number {number} is held by more than one person already; check them on the caseload.</source>
        <translation>Mae gan fwy nag un person y rhif GIG {number} eisoes; gwiriwch nhw yn y llwyth achosion.</translation>
    </message>
    <message>
        <source>NHS number {number} is already on the caseload for someone with a different name or date of birth; check which is right.</source>
        <translation>Mae'r rhif GIG {number} eisoes yn y llwyth achosion ar gyfer rhywun ag enw neu ddyddiad geni gwahanol; gwiriwch pa un sy'n gywir.</translation>
    </message>
    <message>
        <source>Would add {people} to {cohort}</source>
        <translation>Byddai'n ychwanegu {people} at {cohort}</translation>
    </message>
    <message>
        <source>Added {people} to {cohort}</source>
        <translation>Ychwanegwyd {people} at {cohort}</translation>
    </message>
    <message>
        <source>{people} of them already on the caseload</source>
        <translation>{people} ohonyn nhw eisoes yn y llwyth achosion</translation>
    </message>
    <message>
        <source>{people} already on the list</source>
        <translation>{people} eisoes ar y rhestr</translation>
    </message>
    <message>
        <source>{unknown} is not something a cohort list holds.</source>
        <translation>Nid yw {unknown} yn rhywbeth y mae rhestr carfan yn ei chadw.</translation>
    </message>
    <message>
        <source>NHS number {number} is on the caseload for someone with a different name or date of birth; check which is right.</source>
        <translation>Mae'r rhif GIG {number} yn y llwyth achosion ar gyfer rhywun ag enw neu ddyddiad geni gwahanol; gwiriwch pa un sy'n gywir.</translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <source>Template '{template}', line {line}: {message}</source>
        <translation>Templed '{template}', llinell {line}: {message}</translation>
    </message>
    <message>
        <source>The logo {name} could not be read ({value}). Choose another picture or remove the logo.</source>
        <translation>Doedd dim modd darllen y logo {name} ({value}). Dewiswch lun arall neu tynnwch y logo.</translation>
    </message>
    <message>
        <source>{kind} is not a kind of letter ({join}).</source>
        <translation>Nid yw {kind} yn fath o lythyr ({join}).</translation>
    </message>
    <message>
        <source>No one is waiting to start at this service, so there are no letters to write.</source>
        <translation>Does neb yn aros i ddechrau yn y gwasanaeth hwn, felly does dim llythyrau i'w hysgrifennu.</translation>
    </message>
    <message>
        <source>None of these people has a referral yet, so there are no letters to write.</source>
        <translation>Does gan yr un o'r bobl hyn atgyfeiriad eto, felly does dim llythyrau i'w hysgrifennu.</translation>
    </message>
    <message>
        <source>That connection has been deleted, so there is no referral letter to write.</source>
        <translation>Mae'r cysylltiad hwnnw wedi'i ddileu, felly does dim llythyr atgyfeirio i'w ysgrifennu.</translation>
    </message>
    <message>
        <source>{join} cannot be shared in a letter; choose from {join_b}.</source>
        <translation>Does dim modd rhannu {join} mewn llythyr; dewiswch o blith {join_b}.</translation>
    </message>
    <message>
        <source>The logo is not a picture Linkwell can print (PNG or JPEG): {exc}.</source>
        <translation>Nid yw'r logo yn llun y gall Linkwell ei argraffu (PNG neu JPEG): {exc}.</translation>
    </message>
    <message>
        <source>That referral belongs to someone else.</source>
        <translation>Mae'r atgyfeiriad hwnnw'n perthyn i rywun arall.</translation>
    </message>
    <message>
        <source>{given_name} {family_name} has no referral yet, so there is nothing to write about.</source>
        <translation>Does gan {given_name} {family_name} ddim atgyfeiriad eto, felly does dim i ysgrifennu amdano.</translation>
    </message>
</context>
<context>
    <name>measures</name>
    <message>
        <source>{value} is not a {what} id.</source>
        <translation>Nid yw {value} yn ID {what}.</translation>
    </message>
    <message>
        <source>{timepoint} is not a timepoint; use one of: {join}.</source>
        <translation>Nid yw {timepoint} yn bwynt amser; defnyddiwch un o: {join}.</translation>
    </message>
    <message>
        <source>A measure cannot be dated in the future ({say}).</source>
        <translation>Ni chaiff mesur gael dyddiad yn y dyfodol ({say}).</translation>
    </message>
    <message>
        <source>A measure cannot be dated {say}, before the referral ({referral_date}).</source>
        <translation>Ni chaiff mesur gael y dyddiad {say}, sydd cyn yr atgyfeiriad ({referral_date}).</translation>
    </message>
    <message>
        <source>This referral already has its {short_name} baseline (taken {say}); correct that one instead.</source>
        <translation>Mae gan yr atgyfeiriad hwn ei linell sylfaen {short_name} eisoes (a gymerwyd {say}); cywirwch honno yn lle hynny.</translation>
    </message>
    <message>
        <source>A baseline must come before the follow-ups; there is a {short_name} {timepoint} from {say}.</source>
        <translation>Rhaid i linell sylfaen ddod cyn y mesurau dilynol; mae {short_name} {timepoint} o {say}.</translation>
    </message>
    <message>
        <source>A follow-up must come after the baseline, taken {say}.</source>
        <translation>Rhaid i fesur dilynol ddod ar ôl y llinell sylfaen, a gymerwyd {say}.</translation>
    </message>
    <message>
        <source>There is no measure with id {response_id}.</source>
        <translation>Does dim mesur ag ID {response_id}.</translation>
    </message>
    <message>
        <source>There is no referral with id {episode_id}.</source>
        <translation>Does dim atgyfeiriad ag ID {episode_id}.</translation>
    </message>
</context>
<context>
    <name>outreach</name>
    <message>
        <source>No answer</source>
        <translation>Dim ateb</translation>
    </message>
    <message>
        <source>Spoke to them</source>
        <translation>Wedi siarad â nhw</translation>
    </message>
    <message>
        <source>Support offered</source>
        <translation>Wedi cynnig cymorth</translation>
    </message>
    <message>
        <source>Referral opened</source>
        <translation>Atgyfeiriad wedi'i agor</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Wedi gwrthod</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Rhif anghywir</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Wedi marw</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Wedi symud i ffwrdd</translation>
    </message>
    <message>
        <source>Nobody on this list yet.</source>
        <translation>Does neb ar y rhestr hon eto.</translation>
    </message>
    <message>
        <source>{reached} of {total} reached, {retry} to try again today, {untried} not tried yet.</source>
        <translation>Wedi cyrraedd {reached} o {total}, {retry} i roi cynnig arall arnyn nhw heddiw, {untried} heb roi cynnig arnyn nhw eto.</translation>
    </message>
    <message>
        <source>{reached} of {total} reached, {retry} to try again today.</source>
        <translation>Wedi cyrraedd {reached} o {total}, {retry} i roi cynnig arall arnyn nhw heddiw.</translation>
    </message>
    <message>
        <source>Not tried yet</source>
        <translation>Heb roi cynnig eto</translation>
    </message>
    <message>
        <source>1 try</source>
        <translation>1 cynnig</translation>
    </message>
    <message>
        <source>{count} tries</source>
        <translation>{count} cynnig</translation>
    </message>
    <message>
        <source>Try again today ({tries} so far)</source>
        <translation>Rhoi cynnig arall heddiw ({tries} hyd yma)</translation>
    </message>
    <message>
        <source>Try again on {day} ({tries} so far)</source>
        <translation>Rhoi cynnig arall ar {day} ({tries} hyd yma)</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Wedi cyrraedd</translation>
    </message>
    <message>
        <source>No more calls</source>
        <translation>Dim rhagor o alwadau</translation>
    </message>
    <message>
        <source>A list needs a name, such as “Shielding, Riverside practice”.</source>
        <translation>Mae angen enw ar restr, fel “Gwarchod, meddygfa Riverside”.</translation>
    </message>
    <message>
        <source>There is already a list called {name}: choose another name.</source>
        <translation>Mae rhestr o'r enw {name} eisoes: dewiswch enw arall.</translation>
    </message>
    <message>
        <source>There is no outreach list called {cohort}.</source>
        <translation>Does dim rhestr allgymorth o'r enw {cohort}.</translation>
    </message>
    <message>
        <source>Name at least one worker to share the list with.</source>
        <translation>Enwch o leiaf un gweithiwr a fydd yn rhannu'r rhestr.</translation>
    </message>
    <message>
        <source>{caller} already called {name} today at {time} ({outcome}).</source>
        <translation>Mae {caller} eisoes wedi ffonio {name} heddiw am {time} ({outcome}).</translation>
    </message>
    <message>
        <source>{outcome} is not an outcome of a call; choose one of: {join}.</source>
        <translation>Nid yw {outcome} yn ganlyniad galwad; dewiswch un o: {join}.</translation>
    </message>
    <message>
        <source>{unknown} is not one of the needs Linkwell knows; choose from: {join}.</source>
        <translation>Nid yw {unknown} yn un o'r anghenion y mae Linkwell yn eu hadnabod; dewiswch o: {join}.</translation>
    </message>
    <message>
        <source>Needs are recorded when you spoke to the person.</source>
        <translation>Dim ond pan fuoch chi'n siarad â'r person y caiff anghenion eu cofnodi.</translation>
    </message>
    <message>
        <source>Say what support was offered: a service from the directory, a letter, or both.</source>
        <translation>Dywedwch pa gymorth a gynigiwyd: gwasanaeth o'r cyfeiriadur, llythyr, neu'r ddau.</translation>
    </message>
    <message>
        <source>A day to try again goes with no answer only.</source>
        <translation>Dim ond pan nad oes ateb y gellir rhoi diwrnod i roi cynnig arall.</translation>
    </message>
    <message>
        <source>A referral opened from a call comes from outreach or from the person themselves.</source>
        <translation>Mae atgyfeiriad a agorwyd o alwad yn dod o allgymorth neu gan y person ei hun.</translation>
    </message>
    <message>
        <source>Try again in 0 to 90 days.</source>
        <translation>Rhowch gynnig arall ymhen 0 i 90 diwrnod.</translation>
    </message>
    <message>
        <source>Nobody on this list has an address to write to.</source>
        <translation>Does gan neb ar y rhestr hon gyfeiriad i ysgrifennu ato.</translation>
    </message>
</context>
<context>
    <name>reference</name>
    <message>
        <source>GP</source>
        <translation>Meddyg teulu</translation>
    </message>
    <message>
        <source>Practice nurse</source>
        <translation>Nyrs practis</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>Fferyllydd</translation>
    </message>
    <message>
        <source>Other professional</source>
        <translation>Gweithiwr proffesiynol arall</translation>
    </message>
    <message>
        <source>Hospital discharge</source>
        <translation>Rhyddhau o'r ysbyty</translation>
    </message>
    <message>
        <source>Social care</source>
        <translation>Gofal cymdeithasol</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Tai</translation>
    </message>
    <message>
        <source>Police or fire service</source>
        <translation>Yr heddlu neu'r gwasanaeth tân</translation>
    </message>
    <message>
        <source>Voluntary or community group</source>
        <translation>Grŵp gwirfoddol neu gymunedol</translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation>Hunanatgyfeiriad</translation>
    </message>
    <message>
        <source>Proactive outreach</source>
        <translation>Allgymorth rhagweithiol</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Loneliness or isolation</source>
        <translation>Unigrwydd neu ynysigrwydd</translation>
    </message>
    <message>
        <source>Low mood or anxiety</source>
        <translation>Hwyliau isel neu orbryder</translation>
    </message>
    <message>
        <source>Debt or money worries</source>
        <translation>Dyled neu bryderon ariannol</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Budd-daliadau</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Cyflogaeth</translation>
    </message>
    <message>
        <source>Physical activity</source>
        <translation>Gweithgarwch corfforol</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pwysau</translation>
    </message>
    <message>
        <source>Long-term condition support</source>
        <translation>Cymorth gyda chyflwr hirdymor</translation>
    </message>
    <message>
        <source>Bereavement</source>
        <translation>Profedigaeth</translation>
    </message>
    <message>
        <source>Carer support</source>
        <translation>Cymorth i ofalwyr</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Defnyddio sylweddau</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Sgiliau digidol</translation>
    </message>
    <message>
        <source>Food insecurity</source>
        <translation>Ansicrwydd bwyd</translation>
    </message>
    <message>
        <source>Face to face</source>
        <translation>Wyneb yn wyneb</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Fideo</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Ymweliad cartref</translation>
    </message>
    <message>
        <source>Waiting room</source>
        <translation>Ystafell aros</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Goals met</source>
        <translation>Nodau wedi'u cyflawni</translation>
    </message>
    <message>
        <source>Disengaged or no response</source>
        <translation>Wedi ymddieithrio neu heb ymateb</translation>
    </message>
    <message>
        <source>Declined further support</source>
        <translation>Wedi gwrthod rhagor o gymorth</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Wedi symud i ffwrdd</translation>
    </message>
    <message>
        <source>Transferred to another service</source>
        <translation>Wedi'i drosglwyddo i wasanaeth arall</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Wedi marw</translation>
    </message>
    <message>
        <source>Service closed</source>
        <translation>Gwasanaeth wedi cau</translation>
    </message>
    <message>
        <source>No capacity or waiting list</source>
        <translation>Dim lle neu restr aros</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Ddim yn gymwys</translation>
    </message>
    <message>
        <source>Person did not attend</source>
        <translation>Y person heb fynychu</translation>
    </message>
    <message>
        <source>Person changed their mind</source>
        <translation>Y person wedi ailfeddwl</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Heb ei anfon eto</translation>
    </message>
    <message>
        <source>Referral sent</source>
        <translation>Atgyfeiriad wedi'i anfon</translation>
    </message>
    <message>
        <source>Accepted by the service</source>
        <translation>Derbyniwyd gan y gwasanaeth</translation>
    </message>
    <message>
        <source>Turned down by the service</source>
        <translation>Gwrthodwyd gan y gwasanaeth</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Wedi'i ganslo</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Yn cymryd rhan</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Wedi'i oedi</translation>
    </message>
    <message>
        <source>Did not happen</source>
        <translation>Heb ddigwydd</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Wedi'i gwblhau</translation>
    </message>
    <message>
        <source>Recorded by mistake</source>
        <translation>Cofnodwyd trwy gamgymeriad</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Wedi atgyfeirio</translation>
    </message>
    <message>
        <source>Signposted</source>
        <translation>Wedi cyfeirio</translation>
    </message>
    <message>
        <source>Going with them</source>
        <translation>Mynd gyda nhw</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <source>Closed for now</source>
        <translation>Ar gau am y tro</translation>
    </message>
    <message>
        <source>Not running at present</source>
        <translation>Ddim yn rhedeg ar hyn o bryd</translation>
    </message>
    <message>
        <source>Closed for good</source>
        <translation>Ar gau yn barhaol</translation>
    </message>
    <message>
        <source>Has places</source>
        <translation>Mae lle</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Rhestr aros</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Llawn</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mam</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Tad</translation>
    </message>
    <message>
        <source>Step-parent</source>
        <translation>Llys-riant</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Nain neu daid (mam-gu neu dad-cu)</translation>
    </message>
    <message>
        <source>Foster carer</source>
        <translation>Gofalwr maeth</translation>
    </message>
    <message>
        <source>Kinship carer</source>
        <translation>Gofalwr sy'n berthynas</translation>
    </message>
    <message>
        <source>Special guardian</source>
        <translation>Gwarcheidwad arbennig</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <source>Older brother or sister</source>
        <translation>Brawd neu chwaer hŷn</translation>
    </message>
    <message>
        <source>White British</source>
        <translation>Gwyn Prydeinig</translation>
    </message>
    <message>
        <source>White Irish</source>
        <translation>Gwyn Gwyddelig</translation>
    </message>
    <message>
        <source>Any other White background</source>
        <translation>Unrhyw gefndir Gwyn arall</translation>
    </message>
    <message>
        <source>White and Black Caribbean</source>
        <translation>Gwyn a Du Caribïaidd</translation>
    </message>
    <message>
        <source>White and Black African</source>
        <translation>Gwyn a Du Affricanaidd</translation>
    </message>
    <message>
        <source>White and Asian</source>
        <translation>Gwyn ac Asiaidd</translation>
    </message>
    <message>
        <source>Any other mixed background</source>
        <translation>Unrhyw gefndir cymysg arall</translation>
    </message>
    <message>
        <source>Indian</source>
        <translation>Indiaidd</translation>
    </message>
    <message>
        <source>Pakistani</source>
        <translation>Pacistanaidd</translation>
    </message>
    <message>
        <source>Bangladeshi</source>
        <translation>Bangladeshaidd</translation>
    </message>
    <message>
        <source>Any other Asian background</source>
        <translation>Unrhyw gefndir Asiaidd arall</translation>
    </message>
    <message>
        <source>Caribbean</source>
        <translation>Caribïaidd</translation>
    </message>
    <message>
        <source>African</source>
        <translation>Affricanaidd</translation>
    </message>
    <message>
        <source>Any other Black background</source>
        <translation>Unrhyw gefndir Du arall</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Tsieineaidd</translation>
    </message>
    <message>
        <source>Any other ethnic group</source>
        <translation>Unrhyw grŵp ethnig arall</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Heb ei nodi</translation>
    </message>
    <message>
        <source>The young person</source>
        <translation>Y person ifanc</translation>
    </message>
    <message>
        <source>Their parent or guardian</source>
        <translation>Eu rhiant neu warcheidwad</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Y ddau</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Under 16</source>
        <translation>O dan 16</translation>
    </message>
    <message>
        <source>16 to 17</source>
        <translation>16 i 17</translation>
    </message>
    <message>
        <source>The report period ends ({end}) before it starts ({start}).</source>
        <translation>Mae cyfnod yr adroddiad yn dod i ben ({end}) cyn iddo ddechrau ({start}).</translation>
    </message>
    <message>
        <source>There is no practice {value}. The practices are: {listed}.</source>
        <translation>Does dim meddygfa {value}. Y meddygfeydd yw: {listed}.</translation>
    </message>
</context>
<context>
    <name>safeguarding</name>
    <message>
        <source>Physical abuse</source>
        <translation>Cam-drin corfforol</translation>
    </message>
    <message>
        <source>Domestic abuse</source>
        <translation>Cam-drin domestig</translation>
    </message>
    <message>
        <source>Sexual abuse</source>
        <translation>Cam-drin rhywiol</translation>
    </message>
    <message>
        <source>Psychological or emotional abuse</source>
        <translation>Cam-drin seicolegol neu emosiynol</translation>
    </message>
    <message>
        <source>Financial or material abuse</source>
        <translation>Cam-drin ariannol neu faterol</translation>
    </message>
    <message>
        <source>Modern slavery</source>
        <translation>Caethwasiaeth fodern</translation>
    </message>
    <message>
        <source>Discriminatory abuse</source>
        <translation>Cam-drin gwahaniaethol</translation>
    </message>
    <message>
        <source>Organisational abuse</source>
        <translation>Cam-drin sefydliadol</translation>
    </message>
    <message>
        <source>Neglect or acts of omission</source>
        <translation>Esgeulustod neu fethu â gweithredu</translation>
    </message>
    <message>
        <source>Self-neglect</source>
        <translation>Hunan-esgeulustod</translation>
    </message>
    <message>
        <source>Child criminal or sexual exploitation</source>
        <translation>Camfanteisio troseddol neu rywiol ar blant</translation>
    </message>
    <message>
        <source>Risk of radicalisation (Prevent)</source>
        <translation>Risg o radicaleiddio (Prevent)</translation>
    </message>
    <message>
        <source>Other risk or concern</source>
        <translation>Risg neu bryder arall</translation>
    </message>
    <message>
        <source>The practice's safeguarding lead</source>
        <translation>Arweinydd diogelu'r feddygfa</translation>
    </message>
    <message>
        <source>The local authority (adult social care)</source>
        <translation>Yr awdurdod lleol (gofal cymdeithasol i oedolion)</translation>
    </message>
    <message>
        <source>The local authority (children's social care)</source>
        <translation>Yr awdurdod lleol (gofal cymdeithasol i blant)</translation>
    </message>
    <message>
        <source>The police</source>
        <translation>Yr heddlu</translation>
    </message>
    <message>
        <source>Not raised with anyone yet</source>
        <translation>Heb ei godi gydag unrhyw un eto</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agored</translation>
    </message>
    <message>
        <source>Being monitored</source>
        <translation>Yn cael ei fonitro</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <source>Open safeguarding concern</source>
        <translation>Pryder diogelu agored</translation>
    </message>
</context>
<context>
    <name>snomed</name>
    <message>
        <source>Social prescribing offered</source>
        <translation>Cynigiwyd presgripsiynu cymdeithasol</translation>
    </message>
    <message>
        <source>Referral to social prescribing service</source>
        <translation>Atgyfeiriad at wasanaeth presgripsiynu cymdeithasol</translation>
    </message>
    <message>
        <source>Social prescribing declined</source>
        <translation>Gwrthodwyd presgripsiynu cymdeithasol</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Referred, not yet contacted</source>
        <translation>Wedi'i atgyfeirio, heb gysylltu eto</translation>
    </message>
    <message>
        <source>Contacted, offer made</source>
        <translation>Wedi cysylltu, cynnig wedi'i wneud</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Wedi derbyn</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Wedi gwrthod</translation>
    </message>
    <message>
        <source>What matters conversation held</source>
        <translation>Sgwrs beth sy'n bwysig wedi'i chynnal</translation>
    </message>
    <message>
        <source>Plan agreed</source>
        <translation>Cynllun wedi'i gytuno</translation>
    </message>
    <message>
        <source>Connecting and following up</source>
        <translation>Cysylltu a gwneud gwaith dilynol</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Yn cael ei adolygu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <source>Next: contact them and offer support (Offer made), or close if it is not for us.</source>
        <translation>Nesaf: cysylltwch â nhw a chynigiwch gymorth (Cynnig wedi'i wneud), neu caewch yr atgyfeiriad os nad yw'n addas i ni.</translation>
    </message>
    <message>
        <source>Next: say whether they accepted or declined the offer of support.</source>
        <translation>Nesaf: dywedwch a wnaethon nhw dderbyn neu wrthod y cynnig o gymorth.</translation>
    </message>
    <message>
        <source>Next: hold the what matters conversation, the start of their plan.</source>
        <translation>Nesaf: cynhaliwch y sgwrs beth sy'n bwysig, sef dechrau eu cynllun.</translation>
    </message>
    <message>
        <source>They declined: Accepted if they change their mind, or close the referral.</source>
        <translation>Maen nhw wedi gwrthod: dewiswch Wedi derbyn os byddan nhw'n newid eu meddwl, neu caewch yr atgyfeiriad.</translation>
    </message>
    <message>
        <source>Next: agree a plan from what matters to them.</source>
        <translation>Nesaf: cytunwch ar gynllun yn seiliedig ar beth sy'n bwysig iddyn nhw.</translation>
    </message>
    <message>
        <source>Next: connect them with services (Connecting), or review the plan.</source>
        <translation>Nesaf: cysylltwch nhw â gwasanaethau (Cysylltu), neu adolygwch y cynllun.</translation>
    </message>
    <message>
        <source>Next: follow up their connections, then review how it is going.</source>
        <translation>Nesaf: gwnewch waith dilynol ar eu cysylltiadau, yna adolygwch sut mae pethau'n mynd.</translation>
    </message>
    <message>
        <source>Next: carry on connecting, change the plan, or close when it has done its work.</source>
        <translation>Nesaf: daliwch ati i gysylltu, newidiwch y cynllun, neu caewch yr atgyfeiriad pan fydd wedi gwneud ei waith.</translation>
    </message>
    <message>
        <source>This referral is closed; if they need support again, start a new referral.</source>
        <translation>Mae'r atgyfeiriad hwn ar gau; os bydd angen cymorth arnyn nhw eto, dechreuwch atgyfeiriad newydd.</translation>
    </message>
    <message>
        <source>{value} is not a referral status; use one of: {allowed}.</source>
        <translation>Nid yw {value} yn statws atgyfeiriad; defnyddiwch un o'r rhain: {allowed}.</translation>
    </message>
    <message>
        <source>{value} is not a connection status; use one of: {allowed}.</source>
        <translation>Nid yw {value} yn statws cysylltiad; defnyddiwch un o'r rhain: {allowed}.</translation>
    </message>
    <message>
        <source>Closing needs a reason: one of {reasons}.</source>
        <translation>Mae angen rheswm dros gau: un o {reasons}.</translation>
    </message>
    <message>
        <source>{value} is not a closure reason; use one of: {allowed}.</source>
        <translation>Nid yw {value} yn rheswm dros gau; defnyddiwch un o'r rhain: {allowed}.</translation>
    </message>
    <message>
        <source>A connection that is {status} needs a reason: one of {reasons}.</source>
        <translation>Mae angen rheswm ar gysylltiad sydd â'r statws {status}: un o {reasons}.</translation>
    </message>
    <message>
        <source>{value} is not a connection outcome reason; use one of: {allowed}.</source>
        <translation>Nid yw {value} yn rheswm dros ganlyniad cysylltiad; defnyddiwch un o'r rhain: {allowed}.</translation>
    </message>
    <message>
        <source>A referral that is '{current}' is finished and cannot move to '{target}'.</source>
        <translation>Mae atgyfeiriad sydd â'r statws '{current}' wedi gorffen, ac ni all symud i '{target}'.</translation>
    </message>
    <message>
        <source>A connection that is '{current}' is finished and cannot move to '{target}'.</source>
        <translation>Mae cysylltiad sydd â'r statws '{current}' wedi gorffen, ac ni all symud i '{target}'.</translation>
    </message>
    <message>
        <source>A referral that is '{current}' cannot move to '{target}'. It can move to: {options}.</source>
        <translation>Ni all atgyfeiriad sydd â'r statws '{current}' symud i '{target}'. Gall symud i: {options}.</translation>
    </message>
    <message>
        <source>A connection that is '{current}' cannot move to '{target}'. It can move to: {options}.</source>
        <translation>Ni all cysylltiad sydd â'r statws '{current}' symud i '{target}'. Gall symud i: {options}.</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>{there} is a file, not a folder, so nothing was saved: choose a folder to save into.</source>
        <translation>Ffeil yw {there}, nid ffolder, felly ni chadwyd dim: dewiswch ffolder i gadw ynddi.</translation>
    </message>
    <message>
        <source>{path} is a folder, so nothing was saved: choose a file name inside it.</source>
        <translation>Ffolder yw {path}, felly ni chadwyd dim: dewiswch enw ffeil ynddi.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file, so nothing was saved: choose a file name in a folder.</source>
        <translation>Nid yw {path} yn ffeil gyffredin, felly ni chadwyd dim: dewiswch enw ffeil mewn ffolder.</translation>
    </message>
    <message>
        <source>There is no person with id {person_id}.</source>
        <translation>Does dim person â'r ID {person_id}.</translation>
    </message>
    <message>
        <source>people's records</source>
        <translation>cofnodion pobl</translation>
    </message>
    <message>
        <source>This Linkwell is set up for a community connector, so {what} cannot be opened here. A capture made here is held for a link worker.</source>
        <translation>Mae'r Linkwell hwn wedi'i osod ar gyfer cysylltydd cymunedol, felly does dim modd agor {what} yma. Caiff cofnod a wneir yma ei gadw ar gyfer gweithiwr cyswllt.</translation>
    </message>
    <message>
        <source>{profile} is not a profile; choose {join}.</source>
        <translation>Nid yw {profile} yn broffil; dewiswch {join}.</translation>
    </message>
    <message>
        <source>who a service's changes touch</source>
        <translation>pwy mae newidiadau i wasanaeth yn effeithio arnyn nhw</translation>
    </message>
    <message>
        <source>{title}: give a whole number.</source>
        <translation>{title}: rhowch rif cyfan.</translation>
    </message>
    <message>
        <source>{title}: give a number from {minimum} to {maximum}.</source>
        <translation>{title}: rhowch rif o {minimum} i {maximum}.</translation>
    </message>
    <message>
        <source>{title}: give some text.</source>
        <translation>{title}: rhowch ychydig o destun.</translation>
    </message>
    <message>
        <source>{title}: give at most {maximum_length} letters, on one line.</source>
        <translation>{title}: rhowch {maximum_length} llythyren ar y mwyaf, ar un llinell.</translation>
    </message>
    <message>
        <source>There is no setting called {key}. The settings are: {names}.</source>
        <translation>Does dim gosodiad o'r enw {key}. Y gosodiadau yw: {names}.</translation>
    </message>
    <message>
        <source>The audit trail's anchor file {name} is damaged.</source>
        <translation>Mae ffeil angor y trywydd archwilio, {name}, wedi'i difrodi.</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder} ({exc}). Nothing was lost.</source>
        <translation>Doedd dim modd ysgrifennu'r copi wrth gefn yn {folder} ({exc}). Ni chollwyd dim.</translation>
    </message>
    <message>
        <source>There are no backups of {name} in {backup_dir}.</source>
        <translation>Does dim copïau wrth gefn o {name} yn {backup_dir}.</translation>
    </message>
    <message>
        <source>{backup} is not one of this database's backups.</source>
        <translation>Nid yw {backup} yn un o gopïau wrth gefn y gronfa ddata hon.</translation>
    </message>
    <message>
        <source>{name} failed its integrity check ({rows}). Nothing more will be written to it; restore it from a backup.</source>
        <translation>Methodd {name} y gwiriad cywirdeb ({rows}). Ni fydd dim mwy yn cael ei ysgrifennu iddi; adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>There is no Linkwell database at {path}. Create one with 'linkwell init'.</source>
        <translation>Does dim cronfa ddata Linkwell yn {path}. Crëwch un gyda 'linkwell init'.</translation>
    </message>
    <message>
        <source>{exc}{newest_backup_hint}</source>
        <translation>{exc}{newest_backup_hint}</translation>
    </message>
    <message>
        <source>{name} holds no Linkwell data: it may have been emptied or cut short. Nothing was written to it; restore it from a backup.</source>
        <translation>Does dim data Linkwell yn {name}: efallai iddi gael ei gwagio neu ei thorri'n fyr. Ni ysgrifennwyd dim iddi; adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>The newest backup is from {label}: restore it with 'linkwell backup restore --latest --db {path}'.</source>
        <translation>Mae'r copi wrth gefn diweddaraf o {label}: adferwch ef gyda 'linkwell backup restore --latest --db {path}'.</translation>
    </message>
    <message>
        <source>{existing} already exists; Linkwell will not overwrite it.</source>
        <translation>Mae {existing} yn bodoli eisoes; fydd Linkwell ddim yn ysgrifennu drosto.</translation>
    </message>
    <message>
        <source>A key change was interrupted: unlock once with your passphrase to finish it.</source>
        <translation>Torrwyd ar draws newid allwedd: defnyddiwch eich cyfrinymadrodd i ddatgloi unwaith er mwyn ei orffen.</translation>
    </message>
    <message>
        <source>That recovery key is not right: check each group of four letters and digits.</source>
        <translation>Nid yw'r allwedd adfer honno'n gywir: gwiriwch bob grŵp o bedwar cymeriad (llythrennau a digidau).</translation>
    </message>
    <message>
        <source>That recovery key does not open {name}: it belongs to another database, or to this one before its key was rotated. Nothing was changed.</source>
        <translation>Nid yw'r allwedd adfer honno'n agor {name}: mae'n perthyn i gronfa ddata arall, neu i'r un hon cyn i'w hallwedd gael ei newid. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The key file {name} is missing from {parent}. Without it, or the OS keyring entry, the database cannot be opened: restore it from a backup.</source>
        <translation>Mae'r ffeil allwedd {name} ar goll o {parent}. Heb y ffeil honno, neu'r cofnod yng nghylch allweddi'r system weithredu, does dim modd agor y gronfa ddata: adferwch y ffeil o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>The key file {name} is damaged or not a Linkwell key file: restore it from a backup, or use your recovery key to set a new passphrase ('linkwell key recover --db {database}').</source>
        <translation>Mae'r ffeil allwedd {name} wedi'i difrodi neu nid yw'n ffeil allwedd Linkwell: adferwch hi o gopi wrth gefn, neu defnyddiwch eich allwedd adfer i osod cyfrinymadrodd newydd ('linkwell key recover --db {database}').</translation>
    </message>
    <message>
        <source>A passphrase cannot be only spaces: choose one with letters, digits or other signs.</source>
        <translation>Ni all cyfrinymadrodd fod yn fylchau'n unig: dewiswch un gyda llythrennau, digidau neu symbolau eraill.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {min_passphrase_length} characters.</source>
        <translation>Dewiswch gyfrinymadrodd sydd ag o leiaf {min_passphrase_length} cymeriad.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The team hub cannot be reached, so this laptop is working offline; nothing is lost.</source>
        <translation>Does dim modd cyrraedd hyb y tîm, felly mae'r gliniadur hwn yn gweithio all-lein; does dim wedi'i golli.</translation>
    </message>
    <message>
        <source>The team hub's certificate is not one this laptop trusts, so nothing was sent: join with --ca and the certificate file whoever runs the hub gave you.</source>
        <translation>Nid yw tystysgrif hyb y tîm yn un y mae'r gliniadur hwn yn ymddiried ynddi, felly ni anfonwyd dim: ymunwch gan ddefnyddio --ca a'r ffeil tystysgrif a roddodd pwy bynnag sy'n rhedeg yr hyb i chi.</translation>
    </message>
    <message>
        <source>The hub's address must be an HTTPS address such as https://hub.example.nhs.uk:8443.</source>
        <translation>Rhaid i gyfeiriad yr hyb fod yn gyfeiriad HTTPS fel https://hub.example.nhs.uk:8443.</translation>
    </message>
    <message>
        <source>The hub at {hostname} must be reached over HTTPS (https://...): plain HTTP would send the team's records unprotected, so it is only allowed to a hub on this computer.</source>
        <translation>Rhaid cyrraedd yr hyb yn {hostname} dros HTTPS (https://...): byddai HTTP plaen yn anfon cofnodion y tîm heb eu hamddiffyn, felly dim ond i hyb ar y cyfrifiadur hwn y caiff ei ganiatáu.</translation>
    </message>
    <message>
        <source>{name} is not a certificate file (PEM) this laptop can read.</source>
        <translation>Nid yw {name} yn ffeil tystysgrif (PEM) y gall y gliniadur hwn ei darllen.</translation>
    </message>
    <message>
        <source>There is no such conflict on this laptop; list them with 'linkwell sync conflicts'.</source>
        <translation>Does dim gwrthdaro o'r fath ar y gliniadur hwn; rhestrwch nhw gyda 'linkwell sync conflicts'.</translation>
    </message>
    <message>
        <source>That conflict has already been settled.</source>
        <translation>Mae'r gwrthdaro hwnnw wedi'i ddatrys eisoes.</translation>
    </message>
    <message>
        <source>Neither move was made on this laptop, so '{strip}' does not say which to keep: choose by who made it ({whom}) or by where it moved to ({where}).</source>
        <translation>Ni wnaed yr un o'r ddau newid ar y gliniadur hwn, felly nid yw '{strip}' yn dweud pa un i'w gadw: dewiswch yn ôl pwy a'i gwnaeth ({whom}) neu yn ôl i ble y symudodd ({where}).</translation>
    </message>
    <message>
        <source>Both moves were made on this laptop, so '{strip}' does not say which to keep: choose by who made it ({whom}) or by where it moved to ({where}).</source>
        <translation>Gwnaed y ddau newid ar y gliniadur hwn, felly nid yw '{strip}' yn dweud pa un i'w gadw: dewiswch yn ôl pwy a'i gwnaeth ({whom}) neu yn ôl i ble y symudodd ({where}).</translation>
    </message>
    <message>
        <source>Choose which move to keep: mine or theirs, by who made it ({whom}) or by where it moved to ({where}).</source>
        <translation>Dewiswch pa symudiad i'w gadw: mine (fy un i) neu theirs (eu hun nhw), yn ôl pwy a'i gwnaeth ({whom}) neu yn ôl i ble y symudodd ({where}).</translation>
    </message>
    <message>
        <source>This laptop's team hub sign-in cannot be read (its keyring entry and its file beside the database are missing or belong to another key): ask your manager for a new code and join again.</source>
        <translation>Does dim modd darllen manylion mewngofnodi'r gliniadur hwn i hyb y tîm (mae cofnod y cylch allweddi a'i ffeil wrth ymyl y gronfa ddata ar goll, neu'n perthyn i allwedd arall): gofynnwch i'ch rheolwr am god newydd ac ymunwch eto.</translation>
    </message>
    <message>
        <source>A certificate (--ca) is only for a hub reached over HTTPS.</source>
        <translation>Dim ond ar gyfer hyb sy'n cael ei gyrraedd dros HTTPS y mae tystysgrif (--ca).</translation>
    </message>
    <message>
        <source>This database has already joined a hub.</source>
        <translation>Mae'r gronfa ddata hon wedi ymuno â hyb eisoes.</translation>
    </message>
    <message>
        <source>This database has not joined a team hub: use 'linkwell sync join' first.</source>
        <translation>Nid yw'r gronfa ddata hon wedi ymuno â hyb tîm: defnyddiwch 'linkwell sync join' yn gyntaf.</translation>
    </message>
    <message>
        <source>That is not a person's id.</source>
        <translation>Nid ID person yw hwnnw.</translation>
    </message>
    <message>
        <source>Who looked at a record across the team comes from the team hub, and this laptop has not joined one: its own audit trail shows who looked here.</source>
        <translation>Daw'r wybodaeth am bwy fu'n edrych ar gofnod ar draws y tîm o hyb y tîm, a dydy'r gliniadur hwn ddim wedi ymuno ag un: mae ei drywydd archwilio ei hun yn dangos pwy fu'n edrych yma.</translation>
    </message>
    <message>
        <source>There is no such person on this laptop.</source>
        <translation>Does dim person o'r fath ar y gliniadur hwn.</translation>
    </message>
</context>
<context>
    <name>today</name>
    <message>
        <source>1 day</source>
        <translation>1 diwrnod</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} diwrnod</translation>
    </message>
    <message>
        <source>Waiting {days}: urgent</source>
        <translation>Yn aros ers {days}: brys</translation>
    </message>
    <message>
        <source>Waiting {days}: over a week</source>
        <translation>Yn aros ers {days}: dros wythnos</translation>
    </message>
    <message>
        <source>Waiting {days}</source>
        <translation>Yn aros ers {days}</translation>
    </message>
    <message>
        <source>{service} is closed for now ({ago}): move the connection on or connect them elsewhere</source>
        <translation>Mae {service} ar gau am y tro ({ago}): symudwch y cysylltiad ymlaen neu cysylltwch nhw â rhywle arall</translation>
    </message>
    <message>
        <source>{service} has stopped running ({ago}): move the connection on or connect them elsewhere</source>
        <translation>Mae {service} wedi stopio rhedeg ({ago}): symudwch y cysylltiad ymlaen neu cysylltwch nhw â rhywle arall</translation>
    </message>
    <message>
        <source>{service} has closed for good ({ago}): move the connection on or connect them elsewhere</source>
        <translation>Mae {service} wedi cau am byth ({ago}): symudwch y cysylltiad ymlaen neu cysylltwch nhw â rhywle arall</translation>
    </message>
    <message>
        <source>{service} is full ({ago}): move the connection on or connect them elsewhere</source>
        <translation>Mae {service} yn llawn ({ago}): symudwch y cysylltiad ymlaen neu cysylltwch nhw â rhywle arall</translation>
    </message>
    <message>
        <source>{service} is {reason} ({ago}): move the connection on or connect them elsewhere</source>
        <translation>{service}: {reason} ({ago}): symudwch y cysylltiad ymlaen neu cysylltwch nhw â rhywle arall</translation>
    </message>
    <message>
        <source>Follow-up due today</source>
        <translation>Apwyntiad dilynol yn ddyledus heddiw</translation>
    </message>
    <message>
        <source>Follow-up overdue by {days}</source>
        <translation>Apwyntiad dilynol yn hwyr o {days}</translation>
    </message>
    <message>
        <source>{service} has a waiting list; waiting {days}</source>
        <translation>Mae gan {service} restr aros; yn aros ers {days}</translation>
    </message>
    <message>
        <source>{service} is full; waiting {days}</source>
        <translation>Mae {service} yn llawn; yn aros ers {days}</translation>
    </message>
    <message>
        <source>changed today</source>
        <translation>newidiwyd heddiw</translation>
    </message>
    <message>
        <source>changed 1 day ago</source>
        <translation>newidiwyd 1 diwrnod yn ôl</translation>
    </message>
    <message>
        <source>changed {count} days ago</source>
        <translation>newidiwyd {count} diwrnod yn ôl</translation>
    </message>
</context>
</TS>
