<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>AccessLog</name>
        <message>
            <source>Client's basic details</source>
            <translation>Klientens grunduppgifter</translation>
        </message>
        <message>
            <source>Client record</source>
            <translation>Klientens uppgifter</translation>
        </message>
        <message>
            <source>Service ended</source>
            <translation>Tjänsten avslutad</translation>
        </message>
        <message>
            <source>Service re-opened</source>
            <translation>Tjänsten återupptagen</translation>
        </message>
        <message>
            <source>Client erased</source>
            <translation>Klienten raderad</translation>
        </message>
        <message>
            <source>Employer contact</source>
            <translation>Arbetsgivarkontakt</translation>
        </message>
        <message>
            <source>Employer contacts</source>
            <translation>Arbetsgivarkontakter</translation>
        </message>
        <message>
            <source>Employer's history</source>
            <translation>Arbetsgivarens historik</translation>
        </message>
        <message>
            <source>Phase: %1</source>
            <translation>Fas: %1</translation>
        </message>
        <message>
            <source>Action plan, version %1</source>
            <translation>Handlingsplan, version %1</translation>
        </message>
        <message>
            <source>Action plan, version %1 (%2)</source>
            <translation>Handlingsplan, version %1 (%2)</translation>
        </message>
        <message>
            <source>Access log (%1)</source>
            <translation>Logg över användning av uppgifter (%1)</translation>
        </message>
        <message>
            <source>Full record (%1)</source>
            <translation>Alla klientens uppgifter (%1)</translation>
        </message>
    </context>
    <context>
        <name>AccessLogModel</name>
        <message>
            <source>Opened</source>
            <translation>Öppnad</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Skapad</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Ändrad</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Borttagen</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exporterad</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Utskriven</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importerad</translation>
        </message>
        <message>
            <source>Erased</source>
            <translation>Raderad</translation>
        </message>
        <message>
            <source>When</source>
            <translation>När</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
    </context>
    <context>
        <name>ActionPlan</name>
        <message>
            <source>The client's own goal</source>
            <extracomment>The plan's text fields in document order, with their labels (editor and diff).</extracomment>
            <translation>Klientens eget mål</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Styrkor</translation>
        </message>
        <message>
            <source>Wishes for work</source>
            <translation>Önskemål om arbete</translation>
        </message>
        <message>
            <source>Support agreed</source>
            <translation>Överenskommet stöd</translation>
        </message>
        <message>
            <source>How often we meet</source>
            <translation>Hur ofta vi träffas</translation>
        </message>
        <message>
            <source>Information sharing</source>
            <translation>Informationsutbyte</translation>
        </message>
        <message>
            <source>Benefits counselling</source>
            <translation>Förmånsrådgivning</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Nästa uppföljning</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups and restore</source>
            <translation>Säkerhetskopior och återställning</translation>
        </message>
        <message>
            <source>ipsdesk backs your store up automatically while you work and when you close it, encrypted like the store. It keeps one backup for each of the last 12 days, 10 weeks and 9 months with backups. Backups are in %1.</source>
            <translation>ipsdesk säkerhetskopierar databasen automatiskt medan du arbetar och när du stänger programmet, krypterad som databasen. Den behåller en säkerhetskopia för var och en av de senaste 12 dagarna, 10 veckorna och 9 månaderna som har säkerhetskopior. Säkerhetskopiorna finns i mappen %1.</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>Inga säkerhetskopior ännu.</translation>
        </message>
        <message>
            <source>&amp;Restore selected…</source>
            <translation>&amp;Återställ vald…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Säkerhetskopiera nu</translation>
        </message>
    </context>
    <context>
        <name>BackupsModel</name>
        <message>
            <source>Automatic</source>
            <translation>Automatisk</translation>
        </message>
        <message>
            <source>At close</source>
            <translation>Vid stängning</translation>
        </message>
        <message>
            <source>Made by you</source>
            <translation>Skapad av dig</translation>
        </message>
        <message>
            <source>Before an update</source>
            <translation>Före en uppdatering</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Före en återställning</translation>
        </message>
        <message>
            <source>Damaged store, kept as it was</source>
            <translation>Skadad databas, sparad som den var</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Skapad</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Orsak</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Storlek</translation>
        </message>
    </context>
    <context>
        <name>CaseloadModel</name>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fas</translation>
        </message>
        <message>
            <source>Days in phase</source>
            <translation>Dagar i fasen</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Senaste kontakt</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Att göra</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (försenad)</translation>
        </message>
    </context>
    <context>
        <name>CaseloadPage</name>
        <message>
            <source>Search by name or code (Ctrl+F)</source>
            <translation>Sök på namn eller kod (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search clients</source>
            <translation>Sök klient</translation>
        </message>
        <message>
            <source>Show ended</source>
            <translation>Visa avslutade</translation>
        </message>
        <message>
            <source>New client…</source>
            <translation>Ny klient…</translation>
        </message>
        <message>
            <source>Caseload</source>
            <translation>Klienter</translation>
        </message>
        <message>
            <source>Total: %1</source>
            <translation>Totalt: %1</translation>
        </message>
    </context>
    <context>
        <name>ClientContactsTab</name>
        <message>
            <source>Employer contacts for the client</source>
            <translation>Arbetsgivarkontakter som gäller klienten</translation>
        </message>
        <message>
            <source>Log contact for this client… (Ctrl+E)</source>
            <translation>Registrera kontakt för den här klienten… (Ctrl+E)</translation>
        </message>
        <message>
            <source>First face-to-face employer contact %1, %2 days after the agreement.</source>
            <translation>Första personliga arbetsgivarmötet %1, %2 dagar efter avtalet.</translation>
        </message>
        <message>
            <source>No cooperation agreement date yet.</source>
            <translation>Inget datum för samarbetsavtalet ännu.</translation>
        </message>
        <message>
            <source>No face-to-face employer contact yet: %1 days since the agreement.</source>
            <translation>Inget personligt arbetsgivarmöte ännu: %1 dagar sedan avtalet.</translation>
        </message>
        <message>
            <source>E&amp;mployer contacts</source>
            <translation>Ar&amp;betsgivarkontakter</translation>
        </message>
    </context>
    <context>
        <name>ClientStatus</name>
        <message>
            <source>Active</source>
            <translation>Pågår</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Avslutad</translation>
        </message>
    </context>
    <context>
        <name>ClientWorkspace</name>
        <message>
            <source>← Caseload</source>
            <translation>← Klienter</translation>
        </message>
        <message>
            <source>Back to the caseload (Alt+Left)</source>
            <translation>Tillbaka till klientlistan (Alt+vänsterpil)</translation>
        </message>
        <message>
            <source>Move to phase…</source>
            <translation>Byt fas…</translation>
        </message>
        <message>
            <source>Ctrl+M</source>
            <translation>Ctrl+M</translation>
        </message>
        <message>
            <source>End service…</source>
            <translation>Avsluta tjänsten…</translation>
        </message>
        <message>
            <source>&amp;Contact log</source>
            <translation>&amp;Kontakter</translation>
        </message>
        <message>
            <source>Phase history</source>
            <translation>Fashistorik</translation>
        </message>
        <message>
            <source>Hist&amp;ory</source>
            <translation>H&amp;istorik</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Osparade ändringar</translation>
        </message>
        <message>
            <source>You have changed %1's information. Save the changes?</source>
            <translation>Du har ändrat uppgifterna för %1. Vill du spara ändringarna?</translation>
        </message>
        <message>
            <source>Service ended %1 (%2)</source>
            <translation>Tjänsten avslutades %1 (%2)</translation>
        </message>
        <message>
            <source>Re-open…</source>
            <translation>Återuppta tjänsten…</translation>
        </message>
        <message numerus="yes">
            <source>Phase: %1, since %2 (%n day(s))</source>
            <translation>
                <numerusform>Fas: %1, sedan %2 (%n dag)</numerusform>
                <numerusform>Fas: %1, sedan %2 (%n dagar)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>First face-to-face employer contact %1, %n day(s) after the agreement.</source>
            <translation>
                <numerusform>Första personliga mötet med en arbetsgivare %1, %n dag efter avtalet.</numerusform>
                <numerusform>Första personliga mötet med en arbetsgivare %1, %n dagar efter avtalet.</numerusform>
            </translation>
        </message>
        <message>
            <source>No cooperation agreement date yet.</source>
            <translation>Samarbetsavtalets datum har inte antecknats ännu.</translation>
        </message>
        <message>
            <source>%1 days since the agreement; no face-to-face employer contact yet (target: within %2 days).</source>
            <translation>%1 dagar sedan avtalet; ännu inget personligt möte med en arbetsgivare (mål: inom %2 dagar).</translation>
        </message>
        <message>
            <source>%1 so far; usually %2–%3</source>
            <translation>hittills %1, vanligen %2–%3</translation>
        </message>
        <message>
            <source>Service ended</source>
            <translation>Tjänsten avslutad</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Passphrase: </source>
            <translation>Lösenfras: </translation>
        </message>
        <message>
            <source>No passphrase: use --passphrase-file FILE or run the command in a terminal.</source>
            <translation>Lösenfras saknas: använd --passphrase-file FIL eller kör kommandot i en terminal.</translation>
        </message>
        <message>
            <source>%1 is a folder; give a file name.</source>
            <translation>%1 är en mapp; ange ett filnamn.</translation>
        </message>
        <message>
            <source>Cannot write %1: the folder %2 does not exist.</source>
            <translation>Det går inte att skriva %1: mappen %2 finns inte.</translation>
        </message>
        <message>
            <source>Cannot write %1: permission denied.</source>
            <translation>Det går inte att skriva %1: behörighet saknas.</translation>
        </message>
        <message>
            <source>Cannot write %1 (%2).</source>
            <translation>Det går inte att skriva %1 (%2).</translation>
        </message>
        <message>
            <source>--version must be 1 or more.</source>
            <translation>--version måste vara 1 eller mer.</translation>
        </message>
        <message>
            <source>There is no client %1.</source>
            <translation>Det finns ingen klient %1.</translation>
        </message>
        <message>
            <source>Client %1 has no action plan version %2.</source>
            <translation>Klienten %1 har ingen version %2 av handlingsplanen.</translation>
        </message>
        <message>
            <source>Client %1 has no action plan yet.</source>
            <translation>Klienten %1 har ingen handlingsplan ännu.</translation>
        </message>
        <message>
            <source>Action plan v%1 written to %2</source>
            <translation>Handlingsplan v%1 skriven till %2</translation>
        </message>
        <message>
            <source>--today: not a date (YYYY-MM-DD): %1</source>
            <translation>--today: inte ett datum (ÅÅÅÅ-MM-DD): %1</translation>
        </message>
        <message>
            <source>--week: %1 is not a week of the calendar; write an ISO week like 2026-W47 (a year has 52 or 53 weeks).</source>
            <translation>--week: %1 är inte en vecka i kalendern; skriv en ISO-vecka som 2026-W47 (ett år har 52 eller 53 veckor).</translation>
        </message>
        <message>
            <source>--week: give an ISO week (YYYY-Www, e.g. 2026-W47), or leave the option out</source>
            <translation>--week: ange en ISO-vecka (ÅÅÅÅ-Wvv, t.ex. 2026-W47) eller utelämna alternativet</translation>
        </message>
        <message>
            <source>Week %1 (%2 – %3)</source>
            <translation>Vecka %1 (%2 – %3)</translation>
        </message>
        <message>
            <source>Employer contacts: %1 / target %2 (%3)</source>
            <translation>Arbetsgivarkontakter: %1 / mål %2 (%3)</translation>
        </message>
        <message>
            <source>target met</source>
            <translation>målet nått</translation>
        </message>
        <message>
            <source>target not met</source>
            <translation>målet inte nått</translation>
        </message>
        <message>
            <source>face-to-face: %1</source>
            <translation>personligen: %1</translation>
        </message>
        <message>
            <source>other: %1</source>
            <translation>övriga: %1</translation>
        </message>
        <message>
            <source>Due as of %1: %2</source>
            <translation>Aktuellt per %1: %2</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>FÖRSENAD</translation>
        </message>
        <message>
            <source>due</source>
            <translation>aktuell</translation>
        </message>
        <message>
            <source>Backup written: %1</source>
            <translation>Säkerhetskopian skriven: %1</translation>
        </message>
        <message>
            <source>%1 exists; it was not overwritten.</source>
            <translation>%1 finns redan; den skrevs inte över.</translation>
        </message>
        <message>
            <source>There is no backup file %1.</source>
            <translation>Det finns ingen säkerhetskopia %1.</translation>
        </message>
        <message>
            <source>Restored %1.</source>
            <translation>Återställd: %1.</translation>
        </message>
        <message>
            <source>The store as it was is kept as %1.</source>
            <translation>Databasen som den var sparas som %1.</translation>
        </message>
        <message>
            <source>PROBLEM %1</source>
            <translation>PROBLEM %1</translation>
        </message>
        <message>
            <source>The store is healthy.</source>
            <translation>Databasen är felfri.</translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>Ny lösenfras: </translation>
        </message>
        <message>
            <source>New passphrase again: </source>
            <translation>Ny lösenfras igen: </translation>
        </message>
        <message>
            <source>Current passphrase: </source>
            <translation>Nuvarande lösenfras: </translation>
        </message>
        <message>
            <source>No new passphrase: use --new-passphrase-file FILE or run in a terminal.</source>
            <translation>Ny lösenfras saknas: använd --new-passphrase-file FIL eller kör i en terminal.</translation>
        </message>
        <message>
            <source>The two new passphrases differ; nothing was changed.</source>
            <translation>De nya lösenfraserna är olika; ingenting ändrades.</translation>
        </message>
        <message>
            <source>Passphrase changed. The recovery key still works.</source>
            <translation>Lösenfrasen är bytt. Återställningsnyckeln fungerar fortfarande.</translation>
        </message>
        <message>
            <source>Store created in %1.</source>
            <translation>Databasen skapades i %1.</translation>
        </message>
        <message>
            <source>Recovery key written to %1.</source>
            <translation>Återställningsnyckeln skrevs till %1.</translation>
        </message>
        <message>
            <source>Recovery key (keep it in a safe place, it also unlocks the store): %1</source>
            <translation>Återställningsnyckel (förvara den säkert, den öppnar också databasen): %1</translation>
        </message>
    </context>
    <context>
        <name>ConsentParty</name>
        <message>
            <source>Care team</source>
            <translation>Vårdteam</translation>
        </message>
        <message>
            <source>Employment services</source>
            <translation>Sysselsättningstjänster</translation>
        </message>
        <message>
            <source>Kela</source>
            <translation>FPA</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Arbetsgivare</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Närstående</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Annan</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Klienter</translation>
        </message>
    </context>
    <context>
        <name>ContactMode</name>
        <message>
            <source>Face-to-face</source>
            <translation>Personligt möte</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail / other</source>
            <translation>E-post / annat</translation>
        </message>
    </context>
    <context>
        <name>ContactPurpose</name>
        <message>
            <source>Getting to know the employer's needs</source>
            <translation>Kartläggning av arbetsgivarens behov</translation>
        </message>
        <message>
            <source>Presenting a job seeker</source>
            <translation>Presentation av en arbetssökande</translation>
        </message>
        <message>
            <source>Job development / carving</source>
            <translation>Arbetsanpassning / jobbkarving</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Uppföljning</translation>
        </message>
    </context>
    <context>
        <name>ContactTable</name>
        <message>
            <source>Edit…</source>
            <translation>Redigera…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Delete the contact with %1 on %2? This cannot be undone.</source>
            <translation>Ta bort kontakten (%1, %2)? Det går inte att ångra.</translation>
        </message>
        <message>
            <source>Delete employer contact</source>
            <translation>Ta bort arbetsgivarkontakt</translation>
        </message>
    </context>
    <context>
        <name>ContactTableModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Arbetsgivare</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Sätt</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Syfte</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Klienter</translation>
        </message>
        <message>
            <source>Follow up on</source>
            <translation>Datum för uppföljning</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Allmän</translation>
        </message>
    </context>
    <context>
        <name>ContactWith</name>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Care team</source>
            <translation>Vårdteam</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Närstående</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Annan</translation>
        </message>
    </context>
    <context>
        <name>Due</name>
        <message>
            <source>First face-to-face employer contact</source>
            <translation>Första personliga mötet med en arbetsgivare</translation>
        </message>
        <message>
            <source>Follow-along contact after job start</source>
            <translation>Uppföljningskontakt när arbetet har börjat</translation>
        </message>
        <message>
            <source>Weekly follow-along contact</source>
            <translation>Veckovis uppföljningskontakt</translation>
        </message>
        <message>
            <source>Monthly follow-along contact</source>
            <translation>Månatlig uppföljningskontakt</translation>
        </message>
        <message>
            <source>Contact after the job ended</source>
            <translation>Kontakt efter att anställningen har upphört</translation>
        </message>
        <message>
            <source>Action plan review</source>
            <translation>Uppföljning av handlingsplanen</translation>
        </message>
        <message>
            <source>Follow-up promised to the employer</source>
            <translation>Utlovad återkoppling till arbetsgivaren</translation>
        </message>
        <message>
            <source>No contact for a long time</source>
            <translation>Ingen kontakt på länge</translation>
        </message>
    </context>
    <context>
        <name>DueModel</name>
        <message>
            <source>Due</source>
            <translation>Senast</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (försenad)</translation>
        </message>
    </context>
    <context>
        <name>EmployerListModel</name>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommun</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Bransch</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakter</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Senaste kontakt</translation>
        </message>
    </context>
    <context>
        <name>Employers</name>
        <message>
            <source>A business ID is written 1234567-8.</source>
            <translation>FO-numret skrivs i formen 1234567-8.</translation>
        </message>
        <message>
            <source>The business ID's check digit does not match; check the number.</source>
            <translation>FO-numrets kontrollsiffra stämmer inte; kontrollera numret.</translation>
        </message>
        <message>
            <source>Choose an employer from the register.</source>
            <translation>Välj en arbetsgivare i registret.</translation>
        </message>
        <message>
            <source>This contact person is not with the chosen employer.</source>
            <translation>Kontaktpersonen hör inte till den valda arbetsgivaren.</translation>
        </message>
        <message>
            <source>A chosen client does not exist.</source>
            <translation>En av de valda klienterna finns inte.</translation>
        </message>
        <message>
            <source>Employer contacts</source>
            <translation>Arbetsgivarkontakter</translation>
        </message>
        <message>
            <source>Employer contact</source>
            <translation>Arbetsgivarkontakt</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Arbetsgivare</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Kontaktsätt</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Syfte</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Nästa steg</translation>
        </message>
        <message>
            <source>Follow up on</source>
            <translation>Datum för uppföljning</translation>
        </message>
        <message>
            <source>Follow-up done</source>
            <translation>Uppföljning gjord</translation>
        </message>
        <message>
            <source>Employers</source>
            <translation>Arbetsgivare</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Business ID</source>
            <translation>FO-nummer</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommun</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Bransch</translation>
        </message>
        <message>
            <source>Hiring needs</source>
            <translation>Rekryteringsbehov</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <source>Contact persons</source>
            <translation>Kontaktpersoner</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Not a valid e-mail address.</source>
            <translation>Ogiltig e-postadress.</translation>
        </message>
        <message>
            <source>Contacts or jobs are recorded with this employer; it cannot be removed.</source>
            <translation>Arbetsgivaren har antecknade kontakter eller anställningar och kan därför inte tas bort.</translation>
        </message>
    </context>
    <context>
        <name>EmployersPage</name>
        <message>
            <source>Search by name, municipality, sector or ID</source>
            <translation>Sök på namn, kommun, bransch eller FO-nummer</translation>
        </message>
        <message>
            <source>New employer…</source>
            <translation>Ny arbetsgivare…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>Delete employer…</source>
            <translation>Ta bort arbetsgivare…</translation>
        </message>
        <message>
            <source>Follow-up done</source>
            <translation>Uppföljningen gjord</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakter</translation>
        </message>
        <message>
            <source>Employers</source>
            <translation>Arbetsgivare</translation>
        </message>
        <message>
            <source>Jobs and clients placed</source>
            <translation>Anställningar och placerade klienter</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historik</translation>
        </message>
        <message>
            <source>Contacts (%1)</source>
            <translation>Kontakter (%1)</translation>
        </message>
        <message>
            <source>Jobs (%1) and clients placed (%2)</source>
            <translation>Anställningar (%1) och placerade klienter (%2)</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Sparat.</translation>
        </message>
        <message>
            <source>Delete employer</source>
            <translation>Ta bort arbetsgivare</translation>
        </message>
        <message>
            <source>Delete %1 from the register?</source>
            <translation>Ta bort %1 ur registret?</translation>
        </message>
        <message>
            <source>New employer</source>
            <translation>Ny arbetsgivare</translation>
        </message>
        <message>
            <source>&amp;Employers</source>
            <translation>&amp;Arbetsgivare</translation>
        </message>
    </context>
    <context>
        <name>EndReason</name>
        <message>
            <source>Client's own choice</source>
            <translation>Klientens eget val</translation>
        </message>
        <message>
            <source>Moved away</source>
            <translation>Flytt till annan ort</translation>
        </message>
        <message>
            <source>Moved on to education</source>
            <translation>Övergång till studier</translation>
        </message>
        <message>
            <source>Moved to another service</source>
            <translation>Övergång till en annan tjänst</translation>
        </message>
        <message>
            <source>Support no longer needed</source>
            <translation>Stödet behövs inte längre</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Annat skäl</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <source>Erase client %1</source>
            <translation>Radera klient %1</translation>
        </message>
        <message>
            <source>You are about to erase %1 (%2).</source>
            <translation>Du håller på att radera %1 (%2).</translation>
        </message>
        <message>
            <source>If the client wants a copy of their data, export the full record before erasing.</source>
            <translation>Om klienten vill ha en kopia av sina uppgifter, exportera alla uppgifter före raderingen.</translation>
        </message>
        <message>
            <source>Type the client's code %1 to confirm:</source>
            <translation>Bekräfta genom att skriva klientens kod %1:</translation>
        </message>
        <message>
            <source>Erase for good</source>
            <translation>Radera för gott</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The passphrase file %1 cannot be read (%2).</source>
            <translation>Lösenfrasfilen %1 kan inte läsas (%2).</translation>
        </message>
        <message>
            <source>The passphrase file %1 does not hold text (UTF-8); give a file whose first line is the passphrase.</source>
            <translation>Lösenfrasfilen %1 innehåller inte text (UTF-8); ange en fil vars första rad är lösenfrasen.</translation>
        </message>
        <message>
            <source>The passphrase is too weak; nothing was changed.</source>
            <translation>Lösenfrasen är för svag; ingenting ändrades.</translation>
        </message>
    </context>
    <context>
        <name>ExitCodes</name>
        <message>
            <source>done</source>
            <translation>klart</translation>
        </message>
        <message>
            <source>an unexpected failure (a fault in ipsdesk: please report it)</source>
            <translation>ett oväntat fel (ett fel i ipsdesk: rapportera det)</translation>
        </message>
        <message>
            <source>wrong use: a bad option or value, an unreadable passphrase file</source>
            <translation>fel användning: ett felaktigt alternativ eller värde, en oläslig lösenfrasfil</translation>
        </message>
        <message>
            <source>the store cannot be used now: none there, in use, wrong passphrase, newer app, disk full, read-only folder (nothing was changed)</source>
            <translation>databasen kan inte användas nu: den finns inte, den används, fel lösenfras, nyare app, full disk eller skrivskyddad mapp (ingenting ändrades)</translation>
        </message>
        <message>
            <source>the store or the backup is damaged (nothing was changed)</source>
            <translation>databasen eller säkerhetskopian är skadad (ingenting ändrades)</translation>
        </message>
        <message>
            <source>no such client, plan or backup</source>
            <translation>klienten, planen eller säkerhetskopian finns inte</translation>
        </message>
        <message>
            <source>the output file cannot be written</source>
            <translation>utdatafilen kan inte skrivas</translation>
        </message>
    </context>
    <context>
        <name>FileNames</name>
        <message>
            <source>action-plan</source>
            <translation>handlingsplan</translation>
        </message>
        <message>
            <source>access-log</source>
            <translation>logg</translation>
        </message>
        <message>
            <source>record</source>
            <translation>klientuppgifter</translation>
        </message>
    </context>
    <context>
        <name>FormWidget</name>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>dd.mm.åååå</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <source>ipsdesk is locked</source>
            <translation>ipsdesk är låst</translation>
        </message>
        <message>
            <source>Client data is hidden. Type your passphrase to continue where you left off.</source>
            <translation>Klientuppgifterna är dolda. Skriv din lösenfras för att fortsätta där du slutade.</translation>
        </message>
        <message>
            <source>Passphrase or recovery key</source>
            <translation>Lösenfras eller återställningsnyckel</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Lås upp</translation>
        </message>
        <message>
            <source>Wrong passphrase or recovery key.</source>
            <translation>Fel lösenfras eller återställningsnyckel.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>DEMO (invented data, not saved)</source>
            <translation>DEMO (fiktiva uppgifter, sparas inte)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <source>&amp;New client…</source>
            <translation>&amp;Ny klient…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Gå</translation>
        </message>
        <message>
            <source>&amp;Caseload</source>
            <translation>&amp;Klienter</translation>
        </message>
        <message>
            <source>&amp;Search clients</source>
            <translation>&amp;Sök klient</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Lås</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Verktyg</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjälp</translation>
        </message>
        <message>
            <source>&amp;About ipsdesk</source>
            <translation>&amp;Om ipsdesk</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>Ny klient</translation>
        </message>
        <message>
            <source>About ipsdesk</source>
            <translation>Om ipsdesk</translation>
        </message>
        <message>
            <source>ipsdesk %1
An offline workbench for IPS employment specialists.</source>
            <translation>ipsdesk %1
Ett arbetsverktyg för IPS-arbetshandledare som fungerar utan nätförbindelse.</translation>
        </message>
        <message>
            <source>Automatic backup failed; see the log.</source>
            <translation>Den automatiska säkerhetskopieringen misslyckades; mer information finns i loggen.</translation>
        </message>
        <message>
            <source>ipsdesk closed unexpectedly</source>
            <translation>ipsdesk stängdes oväntat</translation>
        </message>
        <message>
            <source>ipsdesk closed unexpectedly last time. Everything you had saved is in the store. A crash report without client data was written to %1; IT support may ask for it.</source>
            <translation>ipsdesk stängdes oväntat förra gången. Allt du hade sparat finns kvar i databasen. En felrapport utan klientuppgifter har sparats: %1. IT-stödet kan be att få den.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Set a new passphrase</source>
            <translation>Ange en ny lösenfras</translation>
        </message>
        <message>
            <source>You unlocked ipsdesk with the recovery key. Choose a new passphrase now: a few unrelated words (at least 8 characters). The recovery key keeps working; put the recovery sheet back in its safe.</source>
            <translation>Du låste upp ipsdesk med återställningsnyckeln. Välj en ny lösenfras nu: några orelaterade ord (minst 8 tecken). Återställningsnyckeln fungerar fortfarande; lägg tillbaka återställningsbladet i kassaskåpet.</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Byt lösenfras</translation>
        </message>
        <message>
            <source>Choose a new passphrase: a few unrelated words (at least 8 characters) are easy to remember and hard to guess. Your recovery key keeps working as before; keep the recovery sheet in its safe.</source>
            <translation>Välj en ny lösenfras: några orelaterade ord (minst 8 tecken) är lätta att minnas och svåra att gissa. Din återställningsnyckel fungerar som förut; förvara återställningsbladet i kassaskåpet.</translation>
        </message>
        <message>
            <source>Current passphrase (or recovery key)</source>
            <translation>Nuvarande lösenfras (eller återställningsnyckel)</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Ny lösenfras</translation>
        </message>
        <message>
            <source>New passphrase again</source>
            <translation>Ny lösenfras igen</translation>
        </message>
        <message>
            <source>At least 8 characters; several words are best.</source>
            <translation>Minst 8 tecken; flera ord är bäst.</translation>
        </message>
        <message>
            <source>Strong enough.</source>
            <translation>Tillräckligt stark.</translation>
        </message>
        <message>
            <source>The current passphrase (or recovery key) is wrong. Nothing was changed.</source>
            <translation>Den nuvarande lösenfrasen (eller återställningsnyckeln) är fel. Inget ändrades.</translation>
        </message>
    </context>
    <context>
        <name>Phase</name>
        <message>
            <source>Agreement</source>
            <translation>Avtal</translation>
        </message>
        <message>
            <source>Vocational profile</source>
            <translation>Yrkesprofil</translation>
        </message>
        <message>
            <source>Job search</source>
            <translation>Arbetssökning</translation>
        </message>
        <message>
            <source>Employer work</source>
            <translation>Arbete med arbetsgivaren</translation>
        </message>
        <message>
            <source>In-work support</source>
            <translation>Stöd i arbetet</translation>
        </message>
    </context>
    <context>
        <name>Place</name>
        <message>
            <source>Clinic</source>
            <translation>Mottagningen</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Hemmet</translation>
        </message>
        <message>
            <source>Workplace</source>
            <translation>Arbetsplatsen</translation>
        </message>
        <message>
            <source>Elsewhere in the community</source>
            <translation>Annan plats i vardagsmiljön</translation>
        </message>
        <message>
            <source>Phone / remote</source>
            <translation>Telefon / på distans</translation>
        </message>
    </context>
    <context>
        <name>PlacedJobModel</name>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Arbete</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Började</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Slutade</translation>
        </message>
    </context>
    <context>
        <name>PlanDraft</name>
        <message>
            <source>Kinds of work: %1</source>
            <translation>Önskat arbete: %1</translation>
        </message>
        <message>
            <source>Working hours: %1</source>
            <translation>Arbetstid: %1</translation>
        </message>
        <message>
            <source>Where: %1</source>
            <translation>Var: %1</translation>
        </message>
        <message>
            <source>Interests: %1</source>
            <translation>Intressen: %1</translation>
        </message>
        <message>
            <source>Skills: %1</source>
            <translation>Kunnande: %1</translation>
        </message>
        <message>
            <source>(consent given %1)</source>
            <translation>(samtycke givet %1)</translation>
        </message>
        <message>
            <source>Done %1</source>
            <translation>Genomförd %1</translation>
        </message>
        <message>
            <source>Planned %1</source>
            <translation>Planerad %1</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Refresh from records</source>
            <extracomment>Fields that "Refresh from records" replaces (the goal and agreements are the client's).</extracomment>
            <translation>Uppdatera från uppgifterna</translation>
        </message>
        <message>
            <source>Take strengths, wishes for work, information sharing and benefits counselling again from the profile, consents and counselling records.</source>
            <translation>Hämta styrkor, önskemål om arbete, informationsutbyte och förmånsrådgivning på nytt från profilen, samtyckena och anteckningarna om rådgivning.</translation>
        </message>
        <message>
            <source>Plan date</source>
            <translation>Planens datum</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Åtgärder</translation>
        </message>
        <message>
            <source>Save version</source>
            <translation>Spara version</translation>
        </message>
        <message>
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <source>Discard draft</source>
            <translation>Förkasta utkastet</translation>
        </message>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>dd.mm.åååå</translation>
        </message>
        <message>
            <source>Step %1, %2: %3</source>
            <translation>Åtgärd %1, %2: %3</translation>
        </message>
        <message>
            <source>Not saved: check the fields marked in red.</source>
            <translation>Inte sparat: kontrollera fälten som är markerade med rött.</translation>
        </message>
    </context>
    <context>
        <name>PlanPdf</name>
        <message>
            <source>Action plan</source>
            <translation>Handlingsplan</translation>
        </message>
        <message>
            <source>Action plan: %1</source>
            <translation>Handlingsplan: %1</translation>
        </message>
        <message>
            <source>Version %1, %2</source>
            <translation>Version %1, %2</translation>
        </message>
        <message>
            <source>We have made this plan together. Each of us keeps a copy of it.</source>
            <translation>Vi har gjort upp den här planen tillsammans. Vi får båda ett eget exemplar av den.</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Employment specialist</source>
            <translation>IPS-arbetshandledare</translation>
        </message>
        <message>
            <source>My goal for work or study</source>
            <translation>Mitt mål för arbete eller studier</translation>
        </message>
        <message>
            <source>My strengths</source>
            <translation>Mina styrkor</translation>
        </message>
        <message>
            <source>My wishes for work</source>
            <translation>Mina önskemål om arbete</translation>
        </message>
        <message>
            <source>Steps we have agreed on</source>
            <translation>Överenskomna åtgärder</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>Senast</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>No steps agreed yet.</source>
            <translation>Inga åtgärder har avtalats ännu.</translation>
        </message>
        <message>
            <source>Support agreed</source>
            <translation>Överenskommet stöd</translation>
        </message>
        <message>
            <source>How often we meet</source>
            <translation>Hur ofta vi träffas</translation>
        </message>
        <message>
            <source>Sharing information (as in my consent)</source>
            <translation>Utbyte av uppgifter (enligt mitt samtycke)</translation>
        </message>
        <message>
            <source>Benefits counselling</source>
            <translation>Förmånsrådgivning</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Nästa uppföljning</translation>
        </message>
        <message>
            <source>We will review this plan together on %1.</source>
            <translation>Vi går igenom planen tillsammans den %1.</translation>
        </message>
        <message>
            <source>We will agree on the date of the next review later.</source>
            <translation>Tidpunkten för nästa uppföljning avtalas senare.</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Underskrifter</translation>
        </message>
        <message>
            <source>Place and date</source>
            <translation>Ort och datum</translation>
        </message>
        <message>
            <source>Signature and name in block letters</source>
            <translation>Underskrift och namnförtydligande</translation>
        </message>
        <message>
            <source>Page %1 / %2</source>
            <translation>Sida %1 / %2</translation>
        </message>
    </context>
    <context>
        <name>PlanSteps</name>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>Senast</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (försenad)</translation>
        </message>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>dd.mm.åååå</translation>
        </message>
    </context>
    <context>
        <name>PlanTab</name>
        <message>
            <source>&amp;Version:</source>
            <translation>V&amp;ersion:</translation>
        </message>
        <message>
            <source>&amp;New version / review…</source>
            <translation>&amp;Ny version / uppföljning…</translation>
        </message>
        <message>
            <source>Ctrl+R</source>
            <translation>Ctrl+R</translation>
        </message>
        <message>
            <source>Document &amp;language:</source>
            <translation>Dokumentets &amp;språk:</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>Spara som &amp;PDF…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+S</source>
            <translation>Ctrl+Shift+S</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Skriv &amp;ut…</translation>
        </message>
        <message>
            <source>Ctrl+P</source>
            <translation>Ctrl+P</translation>
        </message>
        <message>
            <source>What changed since the previous version</source>
            <translation>Vad som ändrats sedan föregående version</translation>
        </message>
        <message>
            <source>No action plan yet. Draw up the first plan with the client: New version / review (Ctrl+R).</source>
            <translation>Ingen handlingsplan ännu. Gör upp den första planen tillsammans med klienten: Ny version / uppföljning (Ctrl+R).</translation>
        </message>
        <message>
            <source>v%1 — %2</source>
            <translation>v%1 — %2</translation>
        </message>
        <message>
            <source>Plan review overdue since %1</source>
            <translation>Uppföljningen av planen försenad sedan %1</translation>
        </message>
        <message>
            <source>Next plan review: %1</source>
            <translation>Nästa uppföljning: %1</translation>
        </message>
        <message>
            <source>(%1-month review)</source>
            <translation>(uppföljning efter %1 månader)</translation>
        </message>
        <message>
            <source>Review: version %1 (from version %2)</source>
            <translation>Uppföljning: version %1 (från version %2)</translation>
        </message>
        <message>
            <source>First action plan (version 1)</source>
            <translation>Första handlingsplanen (version 1)</translation>
        </message>
        <message>
            <source>Saved as version %1.</source>
            <translation>Sparad som version %1.</translation>
        </message>
        <message>
            <source>Discard draft</source>
            <translation>Förkasta utkastet</translation>
        </message>
        <message>
            <source>Discard the changes made to this draft?</source>
            <translation>Vill du förkasta ändringarna i utkastet?</translation>
        </message>
        <message>
            <source>Save the action plan as PDF</source>
            <translation>Spara handlingsplanen som PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-dokument (*.pdf)</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Spara som PDF</translation>
        </message>
        <message>
            <source>The plan could not be saved: %1</source>
            <translation>Planen kunde inte sparas: %1</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Sparad: %1</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Handlingsplan</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Skriv ut</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>Skrivaren kunde inte startas.</translation>
        </message>
        <message numerus="yes">
            <source>Sent to the printer: %n page(s).</source>
            <translation>
                <numerusform>Skickat till skrivaren: %n sida.</numerusform>
                <numerusform>Skickat till skrivaren: %n sidor.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Action plan</source>
            <translation>Hand&amp;lingsplan</translation>
        </message>
    </context>
    <context>
        <name>PlanView</name>
        <message>
            <source>by %1</source>
            <translation>senast %1</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>försenad</translation>
        </message>
        <message>
            <source>Version %1, %2</source>
            <translation>Version %1, %2</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Åtgärder</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>Senast</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>No steps agreed yet.</source>
            <translation>Inga åtgärder överenskomna ännu.</translation>
        </message>
        <message>
            <source>Not agreed yet</source>
            <translation>Inte överenskommet ännu</translation>
        </message>
        <message>
            <source>status %1 → %2</source>
            <translation>status %1 → %2</translation>
        </message>
        <message>
            <source>who %1 → %2</source>
            <translation>vem %1 → %2</translation>
        </message>
        <message>
            <source>by when %1 → %2</source>
            <translation>senast %1 → %2</translation>
        </message>
        <message>
            <source>This is the first version of the plan.</source>
            <translation>Det här är planens första version.</translation>
        </message>
        <message>
            <source>Changes since version %1</source>
            <translation>Ändringar sedan version %1</translation>
        </message>
        <message>
            <source>Nothing changed: the plan was reviewed as it was.</source>
            <translation>Inget ändrades: planen följdes upp som den var.</translation>
        </message>
        <message>
            <source>Was:</source>
            <translation>Var:</translation>
        </message>
        <message>
            <source>Now:</source>
            <translation>Nu:</translation>
        </message>
        <message>
            <source>Steps added</source>
            <translation>Tillagda åtgärder</translation>
        </message>
        <message>
            <source>Steps removed</source>
            <translation>Borttagna åtgärder</translation>
        </message>
        <message>
            <source>Steps changed</source>
            <translation>Ändrade åtgärder</translation>
        </message>
    </context>
    <context>
        <name>PrivacyTab</name>
        <message>
            <source>The client has the right to know who has used their data (Act 703/2023) and to get everything stored about them (GDPR). Exported files are not encrypted: hand them to the client and delete your own copy.</source>
            <translation>Klienten har rätt att veta vem som har använt hens uppgifter (lag 703/2023) och att få allt som sparats om hen (dataskyddsförordningen). Exporterade filer är inte krypterade: ge dem till klienten och radera din egen kopia.</translation>
        </message>
        <message>
            <source>Export access &amp;log (PDF/CSV)…</source>
            <translation>Exportera l&amp;oggen (PDF/CSV)…</translation>
        </message>
        <message>
            <source>Export full &amp;record (PDF + JSON)…</source>
            <translation>Exportera alla &amp;uppgifter (PDF + JSON)…</translation>
        </message>
        <message>
            <source>&amp;Erase client…</source>
            <translation>&amp;Radera klienten…</translation>
        </message>
        <message>
            <source>Access log</source>
            <translation>Logg över användning av uppgifter</translation>
        </message>
        <message>
            <source>Export access log</source>
            <translation>Exportera loggen</translation>
        </message>
        <message>
            <source>PDF document (*.pdf);;CSV table (*.csv)</source>
            <translation>PDF-dokument (*.pdf);;CSV-tabell (*.csv)</translation>
        </message>
        <message>
            <source>Export full record (a PDF and a JSON file)</source>
            <translation>Exportera alla uppgifter (en PDF- och en JSON-fil)</translation>
        </message>
        <message>
            <source>PDF document, with a JSON file beside it (*.pdf)</source>
            <translation>PDF-dokument med en JSON-fil bredvid (*.pdf)</translation>
        </message>
        <message>
            <source>Replace file?</source>
            <translation>Ersätta filen?</translation>
        </message>
        <message>
            <source>%1 exists already. Replace it?</source>
            <translation>%1 finns redan. Vill du ersätta den?</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Exporten misslyckades</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Skrivet: %1</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>Exporterar</translation>
        </message>
        <message>
            <source>%1 could not be written (%2). Choose another folder; nothing was exported.</source>
            <translation>%1 kunde inte skrivas (%2). Välj en annan mapp; inget exporterades.</translation>
        </message>
        <message>
            <source>Client %1 was erased.</source>
            <translation>Klient %1 raderades.</translation>
        </message>
        <message>
            <source>Pr&amp;ivacy</source>
            <translation>&amp;Dataskydd</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Titta i:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Filer av &amp;typ:</translation>
        </message>
    </context>
    <context>
        <name>QuickLog</name>
        <message>
            <source>&amp;Log employer contact…</source>
            <translation>&amp;Registrera arbetsgivarkontakt…</translation>
        </message>
    </context>
    <context>
        <name>QuickLogDialog</name>
        <message>
            <source>Log employer contact</source>
            <translation>Registrera arbetsgivarkontakt</translation>
        </message>
        <message>
            <source>Employer's name</source>
            <translation>Arbetsgivarens namn</translation>
        </message>
        <message>
            <source>Similar employers</source>
            <translation>Liknande arbetsgivare</translation>
        </message>
        <message>
            <source>Create a new employer</source>
            <translation>Skapa en ny arbetsgivare</translation>
        </message>
        <message>
            <source>&amp;Employer</source>
            <translation>&amp;Arbetsgivare</translation>
        </message>
        <message>
            <source>&amp;Mode</source>
            <translation>&amp;Sätt</translation>
        </message>
        <message>
            <source>&amp;Client (optional)</source>
            <translation>&amp;Klient (valfri)</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <source>Enter saves. Type the first letter to choose the mode.</source>
            <translation>Enter sparar. Välj sätt genom att skriva den första bokstaven.</translation>
        </message>
        <message>
            <source>“%1” is not in the register. Similar employers: pick one with ↓ and Enter, or tick the box (or press Enter in the name field) to create a new employer.</source>
            <translation>”%1” finns inte i registret. Liknande arbetsgivare: välj en med ↓ och Enter, eller kryssa i rutan (eller tryck Enter i namnfältet) för att skapa en ny arbetsgivare.</translation>
        </message>
        <message>
            <source>New employer: “%1” will be created. Press Enter again to confirm.</source>
            <translation>Ny arbetsgivare: ”%1” skapas. Bekräfta genom att trycka Enter igen.</translation>
        </message>
        <message>
            <source>&amp;New employer: create “%1”</source>
            <translation>&amp;Ny arbetsgivare: skapa ”%1”</translation>
        </message>
        <message>
            <source>Choose a client from the list.</source>
            <translation>Välj en klient i listan.</translation>
        </message>
        <message>
            <source>Type the employer's name.</source>
            <translation>Skriv arbetsgivarens namn.</translation>
        </message>
        <message>
            <source>Employer contact saved: %1, %2</source>
            <translation>Arbetsgivarkontakten sparad: %1, %2</translation>
        </message>
    </context>
    <context>
        <name>RecordList</name>
        <message>
            <source>Add…</source>
            <translation>Lägg till…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Redigera…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Delete the selected entry? This cannot be undone.</source>
            <translation>Vill du ta bort den valda anteckningen? Det går inte att ångra.</translation>
        </message>
    </context>
    <context>
        <name>RecordPdf</name>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <source>Client code</source>
            <translation>Klientkod</translation>
        </message>
        <message>
            <source>In the current phase since</source>
            <translation>I nuvarande fas sedan</translation>
        </message>
        <message>
            <source>Service status</source>
            <translation>Tjänstens status</translation>
        </message>
        <message>
            <source>Service ended on</source>
            <translation>Tjänsten avslutades</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Registrerad</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Senast ändrad</translation>
        </message>
        <message>
            <source>From phase</source>
            <translation>Föregående fas</translation>
        </message>
        <message>
            <source>To phase</source>
            <translation>Ny fas</translation>
        </message>
        <message>
            <source>Action plan version</source>
            <translation>Handlingsplanens version</translation>
        </message>
        <message>
            <source>Step number</source>
            <translation>Åtgärdens nummer</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Tidpunkt</translation>
        </message>
    </context>
    <context>
        <name>RecordTableModel</name>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>Consent to information exchange</source>
            <translation>Samtycke till informationsutbyte</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Samtycke</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Party in detail</source>
            <translation>Närmare uppgifter om parten</translation>
        </message>
        <message>
            <source>What may be shared</source>
            <translation>Vilka uppgifter får delas</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>Givet den</translation>
        </message>
        <message>
            <source>Withdrawn on</source>
            <translation>Återkallat den</translation>
        </message>
        <message>
            <source>Benefits counselling</source>
            <translation>Förmånsrådgivning</translation>
        </message>
        <message>
            <source>Benefits counselling session</source>
            <translation>Tillfälle för förmånsrådgivning</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>By whom</source>
            <translation>Rådgivare</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Behandlade frågor</translation>
        </message>
        <message>
            <source>Disclosure discussions</source>
            <translation>Samtal om att berätta om sjukdomen</translation>
        </message>
        <message>
            <source>Disclosure discussion</source>
            <translation>Samtal om att berätta om sjukdomen</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <source>Profile meetings</source>
            <translation>Kartläggningsträffar</translation>
        </message>
        <message>
            <source>Profile meeting</source>
            <translation>Kartläggningsträff</translation>
        </message>
        <message>
            <source>Work history</source>
            <translation>Arbetshistorik</translation>
        </message>
        <message>
            <source>Work history entry</source>
            <translation>Tidigare arbete</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Arbetsgivare</translation>
        </message>
        <message>
            <source>Title or tasks</source>
            <translation>Titel eller arbetsuppgifter</translation>
        </message>
        <message>
            <source>From (year)</source>
            <translation>Från (år)</translation>
        </message>
        <message>
            <source>To (year)</source>
            <translation>Till (år)</translation>
        </message>
        <message>
            <source>Job leads</source>
            <translation>Jobbtips</translation>
        </message>
        <message>
            <source>Job lead</source>
            <translation>Jobbtips</translation>
        </message>
        <message>
            <source>Noted on</source>
            <translation>Antecknat den</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Tips</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öppet</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Sökt</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Avslutat</translation>
        </message>
        <message>
            <source>Supports agreed with employers</source>
            <translation>Stöd som avtalats med arbetsgivare</translation>
        </message>
        <message>
            <source>Support agreed with employer</source>
            <translation>Stöd som avtalats med arbetsgivaren</translation>
        </message>
        <message>
            <source>Support (e.g. wage subsidy)</source>
            <translation>Stöd (t.ex. lönesubvention)</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Till</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Anställningar</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Anställning</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Befattning</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Slutdatum</translation>
        </message>
        <message>
            <source>Hours per week</source>
            <translation>Timmar per vecka</translation>
        </message>
        <message>
            <source>Open labour market</source>
            <translation>Öppna arbetsmarknaden</translation>
        </message>
        <message>
            <source>Wage subsidy</source>
            <translation>Lönesubvention</translation>
        </message>
        <message>
            <source>End reason</source>
            <translation>Orsak till avslut</translation>
        </message>
        <message>
            <source>Contact log</source>
            <translation>Kontakter</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>With whom</source>
            <translation>Med vem</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Var</translation>
        </message>
        <message>
            <source>Note (employment only)</source>
            <translation>Anteckning (endast arbetsrelaterat)</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Language of documents</source>
            <translation>Dokumentens språk</translation>
        </message>
        <message>
            <source>Finnish</source>
            <translation>Finska</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Svenska</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engelska</translation>
        </message>
        <message>
            <source>Referral date</source>
            <translation>Datum för hänvisning</translation>
        </message>
        <message>
            <source>Referred by (care team)</source>
            <translation>Hänvisad av (vårdteam)</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Cooperation agreement date</source>
            <translation>Datum för samarbetsavtalet</translation>
        </message>
        <message>
            <source>Severe mental illness</source>
            <translation>Allvarlig psykisk sjukdom</translation>
        </message>
        <message>
            <source>Vocational profile</source>
            <translation>Yrkesprofil</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Utbildning</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Kunnande</translation>
        </message>
        <message>
            <source>Strengths and resources</source>
            <translation>Styrkor och resurser</translation>
        </message>
        <message>
            <source>Interests</source>
            <translation>Intressen</translation>
        </message>
        <message>
            <source>Preferred job types</source>
            <translation>Önskade typer av arbete</translation>
        </message>
        <message>
            <source>Preferred hours</source>
            <translation>Önskad arbetstid</translation>
        </message>
        <message>
            <source>Preferred location</source>
            <translation>Önskad ort</translation>
        </message>
        <message>
            <source>Support needs</source>
            <translation>Stödbehov</translation>
        </message>
        <message>
            <source>Goals for work</source>
            <translation>Mål för arbete</translation>
        </message>
        <message>
            <source>What the client wants said to employers</source>
            <translation>Vad klienten vill att arbetsgivare ska få veta</translation>
        </message>
        <message>
            <source>Job goals</source>
            <translation>Mål för arbetssökningen</translation>
        </message>
        <message>
            <source>Job development and carving notes</source>
            <translation>Anteckningar om arbetsanpassning och jobbkarving</translation>
        </message>
        <message>
            <source>Move to another phase</source>
            <translation>Byt till en annan fas</translation>
        </message>
        <message>
            <source>New phase</source>
            <translation>Ny fas</translation>
        </message>
        <message>
            <source>Reason (optional)</source>
            <translation>Orsak (valfritt)</translation>
        </message>
        <message>
            <source>End the service</source>
            <translation>Avsluta tjänsten</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Orsak</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Anteckning (valfritt)</translation>
        </message>
        <message>
            <source>Re-open the service</source>
            <translation>Återuppta tjänsten</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fas</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Your recovery key</source>
            <translation>Din återställningsnyckel</translation>
        </message>
        <message>
            <source>This recovery key also unlocks your store if you forget the passphrase. Save or print the recovery sheet now and give it to your team leader or IT for their safe. It is shown only once.</source>
            <translation>Med den här återställningsnyckeln kan du öppna databasen även om du glömmer lösenfrasen. Spara eller skriv ut återställningsbladet nu och ge det till din teamledare eller IT-stödet att förvara i kassaskåp. Nyckeln visas bara en gång.</translation>
        </message>
        <message>
            <source>Save recovery sheet (PDF)…</source>
            <translation>Spara återställningsbladet (PDF)…</translation>
        </message>
        <message>
            <source>Save recovery sheet</source>
            <translation>Spara återställningsbladet</translation>
        </message>
    </context>
    <context>
        <name>RecoverySheet</name>
        <message>
            <source>ipsdesk recovery sheet</source>
            <translation>Återställningsblad för ipsdesk</translation>
        </message>
        <message>
            <source>This recovery key unlocks the encrypted ipsdesk store of %1 (%2) if the passphrase is forgotten. Keep this sheet in a locked safe of the team leader or IT. Anyone holding it together with the laptop can read the store.</source>
            <translation>Med den här återställningsnyckeln kan den krypterade ipsdesk-databasen som tillhör %1 (%2) öppnas om lösenfrasen har glömts bort. Förvara bladet i teamledarens eller IT-stödets låsta kassaskåp. Den som har både bladet och den bärbara datorn kan läsa databasen.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Återställningsnyckel</translation>
        </message>
        <message>
            <source>Made on %1 in folder %2</source>
            <translation>Skapad %1 i mappen %2</translation>
        </message>
        <message>
            <source>Page %1 / %2</source>
            <translation>Sida %1 / %2</translation>
        </message>
        <message>
            <source>To use it, type the recovery key in the passphrase field of the unlock screen, then set a new passphrase.</source>
            <translation>Så här använder du nyckeln: skriv återställningsnyckeln i lösenfrasfältet när du låser upp programmet och välj sedan en ny lösenfras.</translation>
        </message>
    </context>
    <context>
        <name>Rules</name>
        <message>
            <source>You have %1 active clients; the IPS model recommends at most %2.</source>
            <translation>Du har %1 aktiva klienter; IPS-modellen rekommenderar högst %2.</translation>
        </message>
        <message>
            <source>You have %1 active clients; your limit is %2.</source>
            <translation>Du har %1 aktiva klienter; din gräns är %2.</translation>
        </message>
        <message>
            <source>A job start is recorded but no benefits counselling before it. The client should get benefits counselling before each job start.</source>
            <translation>Ett nytt arbete har antecknats, men ingen förmånsrådgivning före det. Klienten bör få förmånsrådgivning innan varje nytt arbete börjar.</translation>
        </message>
        <message>
            <source>Job search has begun but disclosure has not been discussed. Discuss disclosure before the job search, more than once; it is never required.</source>
            <translation>Arbetssökningen har börjat, men ni har inte pratat om att berätta om sjukdomen. Prata om det före arbetssökningen och mer än en gång; klienten behöver aldrig berätta om sin sjukdom.</translation>
        </message>
        <message>
            <source>No vocational profile meeting yet, %1 days after the agreement. Profiling is usually done in 1-3 meetings within the first month.</source>
            <translation>Ingen kartläggningsträff ännu, %1 dagar efter avtalet. Yrkesprofilen görs vanligen upp under 1–3 träffar inom den första månaden.</translation>
        </message>
        <message>
            <source>%1 profile meetings recorded; profiling is usually done in 1-3 meetings, after which employer contacts begin.</source>
            <translation>%1 kartläggningsträffar antecknade; yrkesprofilen görs vanligen upp under 1–3 träffar, och sedan börjar kontakterna med arbetsgivare.</translation>
        </message>
        <message>
            <source>%1 days since the agreement and no face-to-face employer contact yet; the target is within %2 days.</source>
            <translation>%1 dagar sedan avtalet och ännu inget personligt möte med en arbetsgivare; målet är inom %2 dagar.</translation>
        </message>
        <message>
            <source>A job starting %1 is recorded, but the client is in phase %2. Once the job has started, move them to in-work support (phase 5), where the follow-along reminders are.</source>
            <translation>Ett arbete som börjar %1 har antecknats, men klienten är i fas %2. När arbetet har börjat, flytta klienten till stöd i arbetet (fas 5), där påminnelserna om uppföljning finns.</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>ipsdesk closed unexpectedly last time. A crash report without any client data was saved in %1. Your saved work is in the store.</source>
            <translation>ipsdesk stängdes oväntat förra gången. En felrapport utan klientuppgifter har sparats: %1. Det du har sparat finns kvar i databasen.</translation>
        </message>
        <message>
            <source>Access log of client %1</source>
            <translation>Logg över användningen av uppgifterna om klient %1</translation>
        </message>
        <message>
            <source>Every opening, change, export, printout and import of this client's data, as recorded by ipsdesk (Act 703/2023).</source>
            <translation>Varje gång uppgifterna om den här klienten har öppnats, ändrats, exporterats, skrivits ut eller importerats, enligt ipsdesks logg (lag 703/2023).</translation>
        </message>
        <message>
            <source>Everything stored about client %1</source>
            <translation>Alla uppgifter som sparats om klient %1</translation>
        </message>
        <message>
            <source>A complete copy of the data ipsdesk keeps about this client, exported %1.</source>
            <translation>En fullständig kopia av de uppgifter som ipsdesk har om den här klienten (exporterad %1).</translation>
        </message>
        <message>
            <source>Nothing recorded.</source>
            <translation>Inga anteckningar.</translation>
        </message>
        <message>
            <source>Page %1 / %2</source>
            <translation>Sida %1 / %2</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Tidpunkt</translation>
        </message>
        <message>
            <source>Basic details</source>
            <translation>Grunduppgifter</translation>
        </message>
        <message>
            <source>Phase history</source>
            <translation>Fashistorik</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Samtycken</translation>
        </message>
        <message>
            <source>Benefits counselling</source>
            <translation>Förmånsrådgivning</translation>
        </message>
        <message>
            <source>Disclosure discussions</source>
            <translation>Samtal om att berätta om sjukdomen</translation>
        </message>
        <message>
            <source>Vocational profile</source>
            <translation>Yrkesprofil</translation>
        </message>
        <message>
            <source>Profile meetings</source>
            <translation>Kartläggningsträffar</translation>
        </message>
        <message>
            <source>Work history</source>
            <translation>Arbetshistorik</translation>
        </message>
        <message>
            <source>Job leads</source>
            <translation>Jobbtips</translation>
        </message>
        <message>
            <source>Employer contacts for the client</source>
            <translation>Arbetsgivarkontakter som gäller klienten</translation>
        </message>
        <message>
            <source>Employer support</source>
            <translation>Stöd som avtalats med arbetsgivare</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Anställningar</translation>
        </message>
        <message>
            <source>Contact log</source>
            <translation>Kontakter</translation>
        </message>
        <message>
            <source>Action plans</source>
            <translation>Handlingsplaner</translation>
        </message>
        <message>
            <source>Action plan steps</source>
            <translation>Åtgärder i handlingsplanerna</translation>
        </message>
        <message>
            <source>Access log</source>
            <translation>Logg över användning av uppgifter</translation>
        </message>
        <message>
            <source>Type the client's code exactly to confirm the erasure.</source>
            <translation>Bekräfta raderingen genom att skriva klientens kod exakt.</translation>
        </message>
        <message>
            <source>Erasing removes this client and everything recorded about them for good. The access log keeps only that an erasure was made. Backups made before now still contain the client until they are thinned away.</source>
            <translation>Klienten och alla uppgifter som antecknats om klienten raderas permanent. I loggen över användning av uppgifter syns bara att en radering har gjorts. Säkerhetskopior som gjorts tidigare innehåller klienten tills de gamla kopiorna gallras bort.</translation>
        </message>
        <message>
            <source>This backup cannot be restored: it is damaged, belongs to another store, or was made by a newer ipsdesk. Nothing was changed.</source>
            <translation>Säkerhetskopian kan inte återställas: den är skadad, hör till en annan databas eller har gjorts med en nyare version av ipsdesk. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>Restoring failed. Your store was not replaced; a backup of it was made first.</source>
            <translation>Återställningen misslyckades. Din databas ersattes inte, och en säkerhetskopia av den togs först.</translation>
        </message>
        <message>
            <source>The backup of %1 was restored.</source>
            <translation>Säkerhetskopian (%1) har återställts.</translation>
        </message>
        <message>
            <source>Your store as it was is kept as backup %1.</source>
            <translation>Databasens tidigare innehåll finns kvar som säkerhetskopia %1.</translation>
        </message>
        <message>
            <source>ipsdesk is already running with this store (another window or another user session). Close it first; two programs must never write the same store.</source>
            <translation>ipsdesk är redan i gång med den här databasen (i ett annat fönster eller i en annan användares session). Stäng den först; två program får aldrig skriva i samma databas samtidigt.</translation>
        </message>
        <message>
            <source>The disk is full. Nothing was saved and your store is intact. Free some space, then try again.</source>
            <translation>Disken är full. Ingenting sparades och din databas är oskadd. Frigör utrymme och försök sedan igen.</translation>
        </message>
        <message>
            <source>The data folder cannot be written (it is read-only or you lack permission). Your store is intact; nothing was changed.</source>
            <translation>Det går inte att skriva i datamappen (den är skrivskyddad eller så saknar du behörighet). Din databas är oskadd; ingenting ändrades.</translation>
        </message>
        <message>
            <source>The file could not be written (%1).</source>
            <translation>Filen kunde inte skrivas (%1).</translation>
        </message>
        <message>
            <source>The action failed; nothing was changed. Details are in the app log.</source>
            <translation>Åtgärden misslyckades; inget ändrades. Detaljer finns i programmets logg.</translation>
        </message>
    </context>
    <context>
        <name>SafetyActions</name>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Säkerhetskopiera nu</translation>
        </message>
        <message>
            <source>Backups and &amp;restore…</source>
            <translation>Säkerhetskopior och &amp;återställning…</translation>
        </message>
        <message>
            <source>Chec&amp;k store</source>
            <translation>&amp;Kontrollera databasen</translation>
        </message>
        <message>
            <source>Change &amp;passphrase…</source>
            <translation>Byt &amp;lösenfras…</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Säkerhetskopieringen misslyckades</translation>
        </message>
        <message>
            <source>Backup written: %1</source>
            <translation>Säkerhetskopian skriven: %1</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Återställ en säkerhetskopia</translation>
        </message>
        <message>
            <source>Restore the backup made %1?

Your store as it is now is backed up first (that backup is kept for at least 30 days), then replaced by this backup. Anything saved after %1 is only in that safety backup. ipsdesk then reopens the store and shows the restored data.</source>
            <translation>Återställa säkerhetskopian från %1?

Databasen som den är nu säkerhetskopieras först (den kopian behålls minst 30 dagar) och ersätts sedan av den här säkerhetskopian. Allt som sparats efter %1 finns bara i den säkerhetskopian. Därefter öppnar ipsdesk databasen på nytt och visar de återställda uppgifterna.</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>Återställningen misslyckades</translation>
        </message>
        <message>
            <source>The backup was restored but could not be opened (%1). Close ipsdesk; your store as it was is kept as backup %2.</source>
            <translation>Säkerhetskopian återställdes men kunde inte öppnas (%1). Stäng ipsdesk; databasen som den var finns kvar som säkerhetskopia %2.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Säkerhetskopian återställd</translation>
        </message>
        <message>
            <source>The check found problems</source>
            <translation>Kontrollen hittade problem</translation>
        </message>
        <message>
            <source>The store is healthy</source>
            <translation>Databasen är i skick</translation>
        </message>
        <message>
            <source>The full check found no problems.

%1</source>
            <translation>Den fullständiga kontrollen hittade inga problem.

%1</translation>
        </message>
        <message>
            <source>Passphrase changed</source>
            <translation>Lösenfrasen bytt</translation>
        </message>
        <message>
            <source>The passphrase is changed; use the new one from now on. The recovery key still works.</source>
            <translation>Lösenfrasen är bytt; använd den nya från och med nu. Återställningsnyckeln fungerar fortfarande.</translation>
        </message>
    </context>
    <context>
        <name>SavedForm</name>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Sparat.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Organisation name on documents</source>
            <translation>Organisationens namn i dokument</translation>
        </message>
        <message>
            <source>Caseload limit</source>
            <translation>Högsta antal klienter</translation>
        </message>
        <message>
            <source>Employer contacts per week (target)</source>
            <translation>Arbetsgivarkontakter per vecka (mål)</translation>
        </message>
        <message>
            <source>Days to first face-to-face employer contact</source>
            <translation>Första personliga mötet med en arbetsgivare (dagar)</translation>
        </message>
        <message>
            <source>Warn when a client has had no contact for (days)</source>
            <translation>Varna om ingen kontakt med klienten på (dagar)</translation>
        </message>
        <message>
            <source>Lock after idle minutes</source>
            <translation>Lås efter inaktivitet (minuter)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
    </context>
    <context>
        <name>SettingsAction</name>
        <message>
            <source>Settings saved.</source>
            <translation>Inställningarna sparade.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Inställningar</translation>
        </message>
        <message>
            <source>These settings are kept in your encrypted store. A new language applies when ipsdesk is next started.</source>
            <translation>Inställningarna sparas i din krypterade databas. Ett nytt språk tas i bruk nästa gång ipsdesk startas.</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Inställningar…</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Welcome to ipsdesk</source>
            <translation>Välkommen till ipsdesk</translation>
        </message>
        <message>
            <source>ipsdesk keeps your clients' data encrypted on this computer. Choose a passphrase: a few unrelated words (at least 8 characters) are easy to remember and hard to guess. You will also get a recovery key to keep in a safe.</source>
            <translation>ipsdesk sparar dina klienters uppgifter krypterade på den här datorn. Välj en lösenfras: några ord som inte hör ihop (minst 8 tecken) är lätta att komma ihåg och svåra att gissa. Du får också en återställningsnyckel som ska förvaras i ett kassaskåp.</translation>
        </message>
        <message>
            <source>Your name *</source>
            <translation>Ditt namn *</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Passphrase *</source>
            <translation>Lösenfras *</translation>
        </message>
        <message>
            <source>Passphrase again *</source>
            <translation>Lösenfrasen igen *</translation>
        </message>
        <message>
            <source>Write your name.</source>
            <translation>Skriv ditt namn.</translation>
        </message>
        <message>
            <source>Type a passphrase.</source>
            <translation>Skriv en lösenfras.</translation>
        </message>
        <message>
            <source>The passphrase must have at least 8 characters.</source>
            <translation>Lösenfrasen måste ha minst 8 tecken.</translation>
        </message>
        <message>
            <source>The passphrase must not begin or end with a space.</source>
            <translation>Lösenfrasen får inte börja eller sluta med ett mellanslag.</translation>
        </message>
        <message>
            <source>The passphrase is too repetitive.</source>
            <translation>Lösenfrasen innehåller för många upprepningar.</translation>
        </message>
        <message>
            <source>The passphrases differ.</source>
            <translation>Lösenfraserna stämmer inte överens.</translation>
        </message>
        <message>
            <source>The store could not be created: %1</source>
            <translation>Databasen kunde inte skapas: %1</translation>
        </message>
    </context>
    <context>
        <name>SimilarDialog</name>
        <message>
            <source>Similar employers</source>
            <translation>Liknande arbetsgivare</translation>
        </message>
        <message>
            <source>The register already has employers like “%1”. Is it one of these?</source>
            <translation>Registret har redan arbetsgivare som liknar ”%1”. Är det någon av dessa?</translation>
        </message>
        <message>
            <source>Open the selected one</source>
            <translation>Öppna den valda</translation>
        </message>
        <message>
            <source>Create “%1” anyway</source>
            <translation>Skapa ”%1” ändå</translation>
        </message>
    </context>
    <context>
        <name>Sizes</name>
        <message>
            <source>%1 B</source>
            <translation>%1 B</translation>
        </message>
        <message>
            <source>%1 kB</source>
            <translation>%1 kB</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>%1 GB</source>
            <translation>%1 GB</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Another fault; a report was written to %1.</source>
            <translation>Ytterligare ett fel; en rapport skrevs till %1.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Något gick fel</translation>
        </message>
        <message>
            <source>Something went wrong in ipsdesk. What you had saved is in the store, and ipsdesk keeps running; if something looks wrong, close it and start it again. A report without client data was written to %1; IT support may ask for it.</source>
            <translation>Något gick fel i ipsdesk. Det du har sparat finns i databasen, och ipsdesk fortsätter att köras; om något ser fel ut, stäng appen och starta den igen. En rapport utan klientuppgifter skrevs till %1; IT-stödet kan be om den.</translation>
        </message>
        <message>
            <source>Building the demo store…</source>
            <translation>Demodatabasen skapas…</translation>
        </message>
        <message>
            <source>Opening the store…</source>
            <translation>Databasen öppnas…</translation>
        </message>
    </context>
    <context>
        <name>StepOwner</name>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Employment specialist</source>
            <translation>Arbetshandledare</translation>
        </message>
        <message>
            <source>Together (client and specialist)</source>
            <translation>Tillsammans (klienten och arbetshandledaren)</translation>
        </message>
        <message>
            <source>Care team</source>
            <translation>Vårdteam</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Arbetsgivare</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Annan</translation>
        </message>
    </context>
    <context>
        <name>StepStatus</name>
        <message>
            <source>Planned</source>
            <translation>Planerad</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Pågår</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Klar</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Inte längre aktuell</translation>
        </message>
    </context>
    <context>
        <name>StepsEditor</name>
        <message>
            <source>Add step</source>
            <translation>Lägg till åtgärd</translation>
        </message>
        <message>
            <source>Insert</source>
            <translation>Insert</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Ta bort åtgärd</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Flytta upp</translation>
        </message>
        <message>
            <source>Ctrl+Up</source>
            <translation>Ctrl+Up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Flytta ned</translation>
        </message>
        <message>
            <source>Ctrl+Down</source>
            <translation>Ctrl+Down</translation>
        </message>
        <message>
            <source>Type or press F2 to edit a cell; Insert adds a step, Delete removes it.</source>
            <translation>Redigera en cell genom att skriva eller trycka F2; Insert lägger till en åtgärd, Delete tar bort den.</translation>
        </message>
    </context>
    <context>
        <name>StoreCheck</name>
        <message>
            <source>cannot open the file: %1</source>
            <translation>filen kan inte öppnas: %1</translation>
        </message>
        <message>
            <source>cannot read the store: %1</source>
            <translation>databasen kan inte läsas: %1</translation>
        </message>
        <message>
            <source>tables: %1</source>
            <translation>tabeller: %1</translation>
        </message>
        <message>
            <source>integrity_check: ok</source>
            <translation>integritetskontroll: ok</translation>
        </message>
        <message>
            <source>integrity: %1</source>
            <translation>integritetsfel: %1</translation>
        </message>
        <message>
            <source>foreign_key_check: ok</source>
            <translation>kontroll av referenser: ok</translation>
        </message>
        <message>
            <source>foreign key: table %1 row %2 -&gt; %3</source>
            <translation>felaktig referens: tabell %1, rad %2 -&gt; %3</translation>
        </message>
        <message>
            <source>schema: %1 (newest known: %2)</source>
            <translation>databasens schemaversion: %1 (nyaste kända: %2)</translation>
        </message>
        <message>
            <source>schema %1 is unknown to this ipsdesk (newer app?)</source>
            <translation>schemaversionen %1 är okänd för denna ipsdesk (skapad med en nyare version?)</translation>
        </message>
        <message>
            <source>The check found damage in the store. It was not changed. Restore the newest good backup (File → Backups and restore, or ipsdesk restore FILE; backups are in %1) or contact IT.</source>
            <translation>Kontrollen hittade skador i databasen. Den ändrades inte. Återställ den senaste fungerande säkerhetskopian (Arkiv → Säkerhetskopior och återställning, eller ipsdesk restore FIL; säkerhetskopiorna finns i %1) eller kontakta IT-stödet.</translation>
        </message>
    </context>
    <context>
        <name>StoreErrors</name>
        <message>
            <source>ipsdesk could not start with this store (%1). A log without client data was written; IT support may ask for it.</source>
            <translation>ipsdesk kunde inte starta med den här databasen (%1). En logg utan klientuppgifter skrevs; IT-stödet kan be om den.</translation>
        </message>
        <message>
            <source>Wrong passphrase or recovery key. Nothing was changed.</source>
            <translation>Fel lösenfras eller återställningsnyckel. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>This store was saved by a newer version of ipsdesk. Update the app; the store was not changed.</source>
            <translation>Databasen har sparats med en nyare version av ipsdesk. Uppdatera programmet; databasen ändrades inte.</translation>
        </message>
        <message>
            <source>There is no store in %1. Create one with 'ipsdesk init' or by starting the app.</source>
            <translation>Det finns ingen databas i %1. Skapa en med 'ipsdesk init' eller genom att starta appen.</translation>
        </message>
        <message>
            <source>A store already exists in %1; it was not touched.</source>
            <translation>Det finns redan en databas i %1; den rördes inte.</translation>
        </message>
        <message>
            <source>%1 is a file, not a folder. Name the folder of the store (--data-dir); nothing was changed.</source>
            <translation>%1 är en fil, inte en mapp. Ange databasens mapp (--data-dir); ingenting ändrades.</translation>
        </message>
        <message>
            <source>The store is damaged and cannot be opened. It was not changed. Restore the newest good backup (ipsdesk restore FILE) or contact IT.</source>
            <translation>Databasen är skadad och kan inte öppnas. Den ändrades inte. Återställ den senaste fungerande säkerhetskopian (ipsdesk restore FIL) eller kontakta IT-stödet.</translation>
        </message>
        <message>
            <source>Updating the store to this version failed and was undone; the store is as it was.</source>
            <translation>Uppdateringen av databasen till den här versionen misslyckades och ångrades; databasen är oförändrad.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Unlock ipsdesk</source>
            <translation>Lås upp ipsdesk</translation>
        </message>
        <message>
            <source>Type your passphrase. If you have forgotten it, type the recovery key from the recovery sheet.</source>
            <translation>Skriv din lösenfras. Om du har glömt den, skriv återställningsnyckeln från återställningsbladet.</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>Öppnar…</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>Choose why the service ends.</source>
            <translation>Välj varför tjänsten avslutas.</translation>
        </message>
        <message>
            <source>Cannot be before the previous phase change (%1).</source>
            <translation>Kan inte vara tidigare än föregående fasbyte (%1).</translation>
        </message>
        <message>
            <source>The client is already in phase %1; choose another phase.</source>
            <translation>Klienten är redan i fas %1; välj en annan fas.</translation>
        </message>
        <message>
            <source>Too long: at most %1 characters.</source>
            <translation>För lång text: högst %1 tecken.</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>Fältet är obligatoriskt.</translation>
        </message>
        <message>
            <source>Not a valid date.</source>
            <translation>Ogiltigt datum.</translation>
        </message>
        <message>
            <source>The date is implausibly far in the past.</source>
            <translation>Datumet ligger orimligt långt tillbaka i tiden.</translation>
        </message>
        <message>
            <source>The date is in the future.</source>
            <translation>Datumet ligger i framtiden.</translation>
        </message>
        <message>
            <source>The date is more than a year ahead.</source>
            <translation>Datumet ligger mer än ett år framåt i tiden.</translation>
        </message>
        <message>
            <source>Cannot be before %1.</source>
            <translation>Kan inte vara tidigare än %1.</translation>
        </message>
        <message>
            <source>Must be a number between %1 and %2.</source>
            <translation>Ange ett tal mellan %1 och %2.</translation>
        </message>
        <message>
            <source>Not a number: type digits, e.g. %1.</source>
            <translation>Inte ett tal: skriv med siffror, t.ex. %1.</translation>
        </message>
        <message>
            <source>Type a whole number.</source>
            <translation>Skriv ett heltal.</translation>
        </message>
        <message>
            <source>Choose one of the options.</source>
            <translation>Välj ett av alternativen.</translation>
        </message>
        <message>
            <source>The next review cannot be in the past.</source>
            <translation>Datumet för nästa uppföljning kan inte ligga i det förflutna.</translation>
        </message>
        <message>
            <source>Cannot be before the previous version of the plan (%1).</source>
            <translation>Kan inte vara tidigare än planens föregående version (%1).</translation>
        </message>
        <message>
            <source>At most %1 steps.</source>
            <translation>Högst %1 åtgärder.</translation>
        </message>
        <message>
            <source>%1 in the register already has this Y-tunnus; a Y-tunnus identifies one employer.</source>
            <translation>%1 i registret har redan detta FO-nummer; ett FO-nummer identifierar en arbetsgivare.</translation>
        </message>
    </context>
    <context>
        <name>Week</name>
        <message>
            <source>Week %1</source>
            <translation>Vecka %1</translation>
        </message>
        <message>
            <source>Week %1/%2</source>
            <translation>Vecka %1/%2</translation>
        </message>
        <message>
            <source>Employer contacts</source>
            <translation>Arbetsgivarkontakter</translation>
        </message>
        <message>
            <source>Face-to-face</source>
            <translation>Personliga möten</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Övriga</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Target met</source>
            <translation>Målet uppnått</translation>
        </message>
        <message>
            <source>Target not met</source>
            <translation>Målet inte uppnått</translation>
        </message>
    </context>
    <context>
        <name>WeekChart</name>
        <message>
            <source>Employer contacts per week; the red line is the target.</source>
            <translation>Arbetsgivarkontakter per vecka; den röda linjen är målet.</translation>
        </message>
    </context>
    <context>
        <name>WeekPage</name>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Föregående</translation>
        </message>
        <message>
            <source>Previous week (Alt+Page Up)</source>
            <translation>Föregående vecka (Alt+Page Up)</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Nästa ▶</translation>
        </message>
        <message>
            <source>Next week (Alt+Page Down)</source>
            <translation>Nästa vecka (Alt+Page Down)</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Denna vecka</translation>
        </message>
        <message>
            <source>Log contact… (Ctrl+E)</source>
            <translation>Registrera kontakt… (Ctrl+E)</translation>
        </message>
        <message>
            <source>Last 12 weeks</source>
            <translation>De senaste 12 veckorna</translation>
        </message>
        <message>
            <source>&lt;span style='color:#2e7d32'&gt;■&lt;/span&gt; face-to-face  &lt;span style='color:#9ccc65'&gt;■&lt;/span&gt; other  &lt;span style='color:#c62828'&gt;- -&lt;/span&gt; target</source>
            <translation>&lt;span style='color:#2e7d32'&gt;■&lt;/span&gt; personligen  &lt;span style='color:#9ccc65'&gt;■&lt;/span&gt; övriga  &lt;span style='color:#c62828'&gt;- -&lt;/span&gt; mål</translation>
        </message>
        <message>
            <source>Contacts this week</source>
            <translation>Kontakter denna vecka</translation>
        </message>
        <message>
            <source>What is due</source>
            <translation>Att göra</translation>
        </message>
        <message>
            <source>Week %1 / %2 (%3–%4)</source>
            <translation>Vecka %1 / %2 (%3–%4)</translation>
        </message>
        <message>
            <source>this week</source>
            <translation>denna vecka</translation>
        </message>
        <message>
            <source>Face-to-face %1 · other %2
%3 (target %4)</source>
            <translation>Personligen %1 · övriga %2
%3 (mål %4)</translation>
        </message>
        <message>
            <source>Contacts in week %1 (%2)</source>
            <translation>Kontakter vecka %1 (%2)</translation>
        </message>
        <message>
            <source>What is due (%1, overdue %2)</source>
            <translation>Att göra (%1, försenade %2)</translation>
        </message>
        <message>
            <source>&amp;Week</source>
            <translation>&amp;Vecka</translation>
        </message>
    </context>
</TS>
