<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>caseload</name>
    <message>
        <source>An NHS number has 10 digits; none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An NHS number has only digits; {text} has other characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An NHS number has 10 digits; {text} has {len}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format_display} is not a valid NHS number (its check digit is wrong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when. {help}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{strip} is not a date and time Linkwell understands. {help}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what became of each open connection before closing the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That ending does not fit one of the connections; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{form} is not a form name for a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person needs a given name and a family name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{referral_source} is not a referral source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown referral reason: {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} is not a kind of contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact lasts between 0 minutes and a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That contact is deleted; restore it before correcting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That contact has already been edited; edit its newest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That connection is deleted; restore it before updating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral needs a person: choose one, or give a new person&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the team member to hand this person over to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is already yours: choose another member of the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop does not know the team yet: sync once (F9, or &apos;linkwell sync now&apos;), then hand over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{to_user} is not a member of the team on the hub{value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{to_user} is a navigator and does not receive the caseload, so cannot take a person over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing about this person is waiting for you to take up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a person&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear back on the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold what matters conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close or re-offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person has the id {person_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has no merge to undo: it was not merged with another, or its merge has been undone already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{given_name} {family_name}&apos;s record was merged into another already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different records to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{join} cannot be chosen; the fields are: {join_b}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say &apos;kept&apos; or &apos;other&apos; for each field, not {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That merge has already been undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal needs some words: what the person wants, in their own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} is not a goal status; use one of: {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action needs some words: what will be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fields} is not a safeguarding {what} Linkwell knows; choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A concern cannot be raised on a day still to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A safeguarding record has no {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That safeguarding record is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has parental responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no parental responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person, {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned 18 on {day}, during the referral of {referred}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns 18 on {day}, during the open referral of {referred}: adult services and consent apply from then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parent or guardian has no {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parent or guardian needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relationship} is not a relationship Linkwell knows; choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters go to the young person, their parent or guardian, or both; not {letters_to}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a parent or guardian before sending letters to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That parent or guardian is no longer on the record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>undo, later, the latest merge that kept this record or merged it away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id of either record of the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the ids of the two records, separate again, as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid the merge: {first} and {second} are two records again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closing</name>
    <message>
        <source>Went, and it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed now (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never went</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>directory</name>
    <message>
        <source>--modified-after works only with a feed URL, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file or folder at {path}; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read ({strerror}); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} has no services.csv, so it is not an Open Referral CSV package; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{root} cannot be read ({error}); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read ({error}); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file ({error}); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is nested too deeply to be a directory; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not valid JSON ({msg} at line {lineno}, column {colno}); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} does not look like an Open Referral directory (a page of services, a list of services or one service); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; the directory is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed at {url} answered {code} {reason}; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed at {url} could not be reached ({reason}); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed at {url} did not send UTF-8 text; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a size; give one such as 200MB or 1GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{part}” is not a weekly time. Write days then hours, such as “Tue, Thu 10:00-12:00”, with “;” between different times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In “{part}”, the finishing time comes before the starting time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} “{text}” is not a date; write it as DD/MM/YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} “{value}” is not a whole number of years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} must be between 0 and 130 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address “{email}” does not look right (it needs an @ and a domain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{status}” is not a service status; use one of: {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{capacity}” is not a capacity; use one of: {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{access}” is not a way in; use one of: {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The youngest age is above the oldest age; swap them or clear one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An informal group has no charity number: clear the number, or untick “Informal group”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charity number “{charity_number}” has characters a charity number never has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website “{url}” does not look like a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the informal group&apos;s name under Organisation (it may be the same as the service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fmt} is not an export format; use one of: {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a {what} id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who verified the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} is not a service status; use one of: {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{capacity} is not a capacity; use one of: {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service with id {service_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what kind of help was needed (a category or need).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with id {person_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no worker with id {worker_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{age} is not an age in years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is not a day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} is not a time of day (HH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wrong} is not a {what}; use one of: {join}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>That passphrase does not unlock this database. Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is locked and needs its passphrase (type it when asked, or set LINKWELL_PASSPHRASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the demo database was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo goes into an empty database; this one already has records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a {what} id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no {what} with id {value}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gp</name>
    <message>
        <source>The GP record message is not valid FHIR STU3, so it was not queued: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} is not a MESH address: give one starting https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the MESH mailbox id and the sending organisation&apos;s ODS code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MESH mailbox password and shared key are both needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no NHS number, so nothing can be filed in a GP record: add it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no GP practice recorded: add it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop has no MESH mailbox set up: run &apos;linkwell mesh configure --url URL --mailbox ID --ods CODE&apos; first. The messages stay queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for MESH mailbox {mailbox} cannot be read on this laptop (the keyring entry is gone, or the database key has changed since): run &apos;linkwell mesh configure&apos; again. The messages stay queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESH refused mailbox {mailbox}: its password or shared key is not the one MESH holds. Check them with your MESH administrator and run &apos;linkwell mesh configure&apos; again. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESH answered with an error ({status}); the messages stay queued and Linkwell will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESH at {url} could not be reached ({name}); the messages stay queued and go when it can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would add {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched {people} already known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would add {referrals}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added {referrals}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{referrals} already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set aside {rows} for you to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out {rows} with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is larger than {value} MB; split it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not readable as CSV ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it has no heading row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a readable Excel workbook ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a readable Excel workbook (it is damaged): open it in Excel, save it again and import that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty: its first sheet has no heading row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {field} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is too long ago to be right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is not a referral source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral needs the date it was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field_name} is not something Linkwell imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column headed {heading}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column for the {join}. Its headings are: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} is not one of Linkwell&apos;s referral reasons, so it was kept as Other with the words as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for people already known…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} gives the same NHS number for someone with a different name or date of birth; check which is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number {number} is held by more than one person already; check them on the caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number {number} is already on the caseload for someone with a different name or date of birth; check which is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would add {people} to {cohort}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {people} to {cohort}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{people} of them already on the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{people} already on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unknown} is not something a cohort list holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number {number} is on the caseload for someone with a different name or date of birth; check which is right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <source>Template &apos;{template}&apos;, line {line}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo {name} could not be read ({value}). Choose another picture or remove the logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} is not a kind of letter ({join}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is waiting to start at this service, so there are no letters to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these people has a referral yet, so there are no letters to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That connection has been deleted, so there is no referral letter to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{join} cannot be shared in a letter; choose from {join_b}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is not a picture Linkwell can print (PNG or JPEG): {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That referral belongs to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{given_name} {family_name} has no referral yet, so there is nothing to write about.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>measures</name>
    <message>
        <source>{value} is not a {what} id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{timepoint} is not a timepoint; use one of: {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure cannot be dated in the future ({say}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure cannot be dated {say}, before the referral ({referral_date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral already has its {short_name} baseline (taken {say}); correct that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A baseline must come before the follow-ups; there is a {short_name} {timepoint} from {say}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up must come after the baseline, taken {say}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no measure with id {response_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no referral with id {episode_id}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outreach</name>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoke to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on this list yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reached} of {total} reached, {retry} to try again today, {untried} not tried yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reached} of {total} reached, {retry} to try again today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tried yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again today ({tries} so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again on {day} ({tries} so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list needs a name, such as “Shielding, Riverside practice”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a list called {name}: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no outreach list called {cohort}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one worker to share the list with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{caller} already called {name} today at {time} ({outcome}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{outcome} is not an outcome of a call; choose one of: {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unknown} is not one of the needs Linkwell knows; choose from: {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs are recorded when you spoke to the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what support was offered: a service from the directory, a letter, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day to try again goes with no answer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral opened from a call comes from outreach or from the person themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in 0 to 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on this list has an address to write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reference</name>
    <message>
        <source>GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police or fire service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary or community group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proactive outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loneliness or isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low mood or anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt or money worries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term condition support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bereavement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food insecurity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face to face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disengaged or no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined further support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred to another service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No capacity or waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person did not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person changed their mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned down by the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signposted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running at present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foster carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinship carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older brother or sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White British</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White Irish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other White background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White and Black Caribbean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White and Black African</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White and Asian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other mixed background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakistani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bangladeshi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other Asian background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caribbean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>African</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other Black background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their parent or guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Under 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 to 17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report period ends ({end}) before it starts ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no practice {value}. The practices are: {listed}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safeguarding</name>
    <message>
        <source>Physical abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychological or emotional abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial or material abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modern slavery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discriminatory abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neglect or acts of omission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-neglect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child criminal or sexual exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of radicalisation (Prevent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other risk or concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice&apos;s safeguarding lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local authority (adult social care)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local authority (children&apos;s social care)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not raised with anyone yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open safeguarding concern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>snomed</name>
    <message>
        <source>Social prescribing offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to social prescribing service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social prescribing declined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Referred, not yet contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted, offer made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters conversation held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting and following up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: contact them and offer support (Offer made), or close if it is not for us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: say whether they accepted or declined the offer of support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: hold the what matters conversation, the start of their plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They declined: Accepted if they change their mind, or close the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: agree a plan from what matters to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: connect them with services (Connecting), or review the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: follow up their connections, then review how it is going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: carry on connecting, change the plan, or close when it has done its work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral is closed; a new referral starts a new episode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a referral status; use one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a connection status; use one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing needs a reason: one of {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a closure reason; use one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection that is {status} needs a reason: one of {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a connection outcome reason; use one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral that is &apos;{current}&apos; is finished and cannot move to &apos;{target}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection that is &apos;{current}&apos; is finished and cannot move to &apos;{target}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral that is &apos;{current}&apos; cannot move to &apos;{target}&apos;. It can move to: {options}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection that is &apos;{current}&apos; cannot move to &apos;{target}&apos;. It can move to: {options}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>{there} is a file, not a folder, so nothing was saved: choose a folder to save into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, so nothing was saved: choose a file name inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an ordinary file, so nothing was saved: choose a file name in a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with id {person_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Linkwell is set up for a community connector, so {what} cannot be opened here. A capture made here is held for a link worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{profile} is not a profile; choose {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who a service&apos;s changes touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: give a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: give a number from {minimum} to {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: give some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: give at most {maximum_length} letters, on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting called {key}. The settings are: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail&apos;s anchor file {name} is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to {folder} ({exc}). Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of {name} in {backup_dir}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{backup} is not one of this database&apos;s backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} failed its integrity check ({rows}). Nothing more will be written to it; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Linkwell database at {path}. Create one with &apos;linkwell init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exc}{newest_backup_hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{existing} already exists; Linkwell will not overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key change was interrupted: unlock once with your passphrase to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key is not right: check each group of four letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key does not open {name}: it belongs to another database, or to this one before its key was rotated. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {name} is missing from {parent}. Without it, or the OS keyring entry, the database cannot be opened: restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {name} is damaged or not a Linkwell key file: restore it from a backup, or use your recovery key to set a new passphrase (&apos;linkwell key recover --db {database}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase cannot be only spaces: choose one with letters, digits or other signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {min_passphrase_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The team hub cannot be reached, so this laptop is working offline; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team hub&apos;s certificate is not one this laptop trusts, so nothing was sent: join with --ca and the certificate file whoever runs the hub gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s address must be an HTTPS address such as https://hub.example.nhs.uk:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub at {hostname} must be reached over HTTPS (https://...): plain HTTP would send the team&apos;s records unprotected, so it is only allowed to a hub on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a certificate file (PEM) this laptop can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such conflict on this laptop; list them with &apos;linkwell sync conflicts&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That conflict has already been settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{made} made on this laptop, so &apos;{strip}&apos; does not say which to keep: choose by who made it ({whom}) or by where it moved to ({where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which move to keep: mine or theirs, by who made it ({whom}) or by where it moved to ({where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop&apos;s team hub sign-in cannot be read (its keyring entry and its file beside the database are missing or belong to another key): ask your manager for a new code and join again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate (--ca) is only for a hub reached over HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has already joined a hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has not joined a team hub: use &apos;linkwell sync join&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a person&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who looked at a record across the team comes from the team hub, and this laptop has not joined one: its own audit trail shows who looked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such person on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>today</name>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting {days}: urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting {days}: over a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} is closed for now ({ago}): move the connection on or connect them elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} has stopped running ({ago}): move the connection on or connect them elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} has closed for good ({ago}): move the connection on or connect them elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} is full ({ago}): move the connection on or connect them elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} is {reason} ({ago}): move the connection on or connect them elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up overdue by {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} has a waiting list; waiting {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} is full; waiting {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed 1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed {count} days ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
