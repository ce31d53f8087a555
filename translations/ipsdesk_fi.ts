<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
    <context>
        <name>AccessLog</name>
        <message>
            <source>Client's basic details</source>
            <translation>Asiakkaan perustiedot</translation>
        </message>
        <message>
            <source>Client record</source>
            <translation>Asiakkaan tiedot</translation>
        </message>
        <message>
            <source>Service ended</source>
            <translation>Palvelu päätetty</translation>
        </message>
        <message>
            <source>Service re-opened</source>
            <translation>Palvelu aloitettu uudelleen</translation>
        </message>
        <message>
            <source>Client erased</source>
            <translation>Asiakas poistettu pysyvästi</translation>
        </message>
        <message>
            <source>Employer contact</source>
            <translation>Työnantajakontakti</translation>
        </message>
        <message>
            <source>Employer contacts</source>
            <translation>Työnantajakontaktit</translation>
        </message>
        <message>
            <source>Employer's history</source>
            <translation>Työnantajan historia</translation>
        </message>
        <message>
            <source>Team created</source>
            <translation>Tiimi perustettu</translation>
        </message>
        <message>
            <source>Team invitation</source>
            <translation>Tiimikutsu</translation>
        </message>
        <message>
            <source>Team keys renewed</source>
            <translation>Tiimin avaimet uusittu</translation>
        </message>
        <message>
            <source>Team file</source>
            <translation>Tiimitiedosto</translation>
        </message>
        <message>
            <source>Team files of the members</source>
            <translation>Jäsenten tiimitiedostot</translation>
        </message>
        <message>
            <source>Team employer register</source>
            <translation>Tiimin työnantajarekisteri</translation>
        </message>
        <message>
            <source>Team data sent to the team hub</source>
            <translation>Tiimitiedot lähetetty tiimitietokantaan</translation>
        </message>
        <message>
            <source>Team week report from the team hub</source>
            <translation>Tiimin viikkoraportti tiimitietokannasta</translation>
        </message>
        <message>
            <source>Outcome report from the team hub</source>
            <translation>Tulosraportti tiimitietokannasta</translation>
        </message>
        <message>
            <source>Fidelity review, own clients (PDF)</source>
            <translation>Laatuarviointi, omat asiakkaat (PDF)</translation>
        </message>
        <message>
            <source>Fidelity review, own clients (CSV)</source>
            <translation>Laatuarviointi, omat asiakkaat (CSV)</translation>
        </message>
        <message>
            <source>Fidelity review, whole team (PDF)</source>
            <translation>Laatuarviointi, koko tiimi (PDF)</translation>
        </message>
        <message>
            <source>Fidelity review, whole team (CSV)</source>
            <translation>Laatuarviointi, koko tiimi (CSV)</translation>
        </message>
        <message>
            <source>Phase: %1</source>
            <translation>Vaihe: %1</translation>
        </message>
        <message>
            <source>Action plan, version %1</source>
            <translation>Toimintasuunnitelma, versio %1</translation>
        </message>
        <message>
            <source>Action plan, version %1 (%2)</source>
            <translation>Toimintasuunnitelma, versio %1 (%2)</translation>
        </message>
        <message>
            <source>Access log (%1)</source>
            <translation>Tietojen käyttöloki (%1)</translation>
        </message>
        <message>
            <source>Full record (%1)</source>
            <translation>Kaikki asiakkaan tiedot (%1)</translation>
        </message>
        <message>
            <source>Team weekly summary, week %1/%2 (%3, %4)</source>
            <translation>Tiimin viikkokooste, viikko %1/%2 (%3, %4)</translation>
        </message>
        <message>
            <source>Team period outcome report %1–%2 (%3, %4)</source>
            <translation>Tiimin jakson tulosraportti %1–%2 (%3, %4)</translation>
        </message>
    </context>
    <context>
        <name>AccessLogModel</name>
        <message>
            <source>Opened</source>
            <translation>Avattu</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Luotu</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Muutettu</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Poistettu</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Viety</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Tulostettu</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Tuotu</translation>
        </message>
        <message>
            <source>Erased</source>
            <translation>Poistettu pysyvästi</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Milloin</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kuka</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Toimenpide</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Kohde</translation>
        </message>
    </context>
    <context>
        <name>ActionPlan</name>
        <message>
            <source>The client's own goal</source>
            <extracomment>The plan's text fields in document order, with their labels (editor and diff).</extracomment>
            <translation>Asiakkaan oma tavoite</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Vahvuudet</translation>
        </message>
        <message>
            <source>Wishes for work</source>
            <translation>Toiveet työn suhteen</translation>
        </message>
        <message>
            <source>Support agreed</source>
            <translation>Sovittu tuki</translation>
        </message>
        <message>
            <source>How often we meet</source>
            <translation>Kuinka usein tavataan</translation>
        </message>
        <message>
            <source>Information sharing</source>
            <translation>Tietojen vaihto</translation>
        </message>
        <message>
            <source>Benefits counselling</source>
            <translation>Etuusneuvonta</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Seuraava tarkistus</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups and restore</source>
            <translation>Varmuuskopiot ja palautus</translation>
        </message>
        <message>
            <source>ipsdesk backs your store up automatically while you work and when you close it, encrypted like the store. It keeps one backup for each of the last 12 days, 10 weeks and 9 months with backups. Backups are in %1.</source>
            <translation>ipsdesk varmuuskopioi tietokannan automaattisesti työskentelyn aikana ja sulkiessasi ohjelman, salattuna kuten tietokanta. Se säilyttää yhden varmuuskopion kultakin 12 viimeisimmältä päivältä, 10 viikolta ja 9 kuukaudelta, joilta varmuuskopioita on. Varmuuskopiot ovat kansiossa %1.</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>Varmuuskopioita ei vielä ole.</translation>
        </message>
        <message>
            <source>&amp;Restore selected…</source>
            <translation>&amp;Palauta valittu…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Varmuuskopioi nyt</translation>
        </message>
    </context>
    <context>
        <name>BackupsModel</name>
        <message>
            <source>Automatic</source>
            <translation>Automaattinen</translation>
        </message>
        <message>
            <source>At close</source>
            <translation>Sovellusta suljettaessa</translation>
        </message>
        <message>
            <source>Made by you</source>
            <translation>Itse tehty</translation>
        </message>
        <message>
            <source>Before an update</source>
            <translation>Ennen päivitystä</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Ennen palautusta</translation>
        </message>
        <message>
            <source>Damaged store, kept as it was</source>
            <translation>Vioittunut tietokanta, säilytetty sellaisenaan</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Luotu</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Syy</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Koko</translation>
        </message>
    </context>
    <context>
        <name>CaseloadModel</name>
        <message>
            <source>Code</source>
            <translation>Tunnus</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <source>Days in phase</source>
            <translation>Päivää vaiheessa</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Viimeisin yhteys</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Tehtävää</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (myöhässä)</translation>
        </message>
        <message numerus="yes">
            <source>%1, and %n other(s)</source>
            <translation>
                <numerusform>%1 sekä %n muu</numerusform>
                <numerusform>%1 sekä %n muuta</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaseloadPage</name>
        <message>
            <source>Search by name or code (Ctrl+F)</source>
            <translation>Hae nimellä tai tunnuksella (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search clients</source>
            <translation>Hae asiakasta</translation>
        </message>
        <message>
            <source>Show ended</source>
            <translation>Näytä päättyneet</translation>
        </message>
        <message>
            <source>New client…</source>
            <translation>Uusi asiakas…</translation>
        </message>
        <message>
            <source>Caseload</source>
            <translation>Asiakkaat</translation>
        </message>
        <message>
            <source>Total: %1</source>
            <translation>Yhteensä: %1</translation>
        </message>
    </context>
    <context>
        <name>ClientContactsTab</name>
        <message>
            <source>Employer contacts for the client</source>
            <translation>Asiakkaaseen liittyvät työnantajakontaktit</translation>
        </message>
        <message>
            <source>Log contact for this client… (Ctrl+E)</source>
            <translation>Kirjaa kontakti tälle asiakkaalle… (Ctrl+E)</translation>
        </message>
        <message>
            <source>First face-to-face employer contact %1, %2 days after the agreement.</source>
            <translation>Ensimmäinen kasvokkainen työnantajatapaaminen %1, %2 päivää sopimuksen jälkeen.</translation>
        </message>
        <message>
            <source>No cooperation agreement date yet.</source>
            <translation>Yhteistyösopimuksen päivämäärää ei vielä ole.</translation>
        </message>
        <message>
            <source>No face-to-face employer contact yet: %1 days since the agreement.</source>
            <translation>Ei vielä kasvokkaista työnantajatapaamista: sopimuksesta %1 päivää.</translation>
        </message>
        <message>
            <source>E&amp;mployer contacts</source>
            <translation>Työ&amp;nantajakontaktit</translation>
        </message>
    </context>
    <context>
        <name>ClientStatus</name>
        <message>
            <source>Active</source>
            <translation>Käynnissä</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Päättynyt</translation>
        </message>
    </context>
    <context>
        <name>ClientWorkspace</name>
        <message>
            <source>← Caseload</source>
            <translation>← Asiakkaat</translation>
        </message>
        <message>
            <source>Back to the caseload (Alt+Left)</source>
            <translation>Takaisin asiakaslistaan (Alt+vasen nuoli)</translation>
        </message>
        <message>
            <source>Move to phase…</source>
            <translation>Vaihda vaihetta…</translation>
        </message>
        <message>
            <source>Ctrl+M</source>
            <translation>Ctrl+M</translation>
        </message>
        <message>
            <source>End service…</source>
            <translation>Päätä palvelu…</translation>
        </message>
        <message>
            <source>&amp;Contact log</source>
            <translation>Yhtey&amp;denpito</translation>
        </message>
        <message>
            <source>Phase history</source>
            <translation>Vaihehistoria</translation>
        </message>
        <message>
            <source>Hist&amp;ory</source>
            <translation>&amp;Historia</translation>
        </message>
        <message>
            <source>The client is no longer in the store: they were erased, or the backup just restored was made before they were added.</source>
            <translation>Asiakasta ei enää ole tietokannassa: hänet on poistettu pysyvästi, tai juuri palautettu varmuuskopio on tehty ennen kuin hänet lisättiin.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Tallentamattomia muutoksia</translation>
        </message>
        <message>
            <source>You have changed %1's information. Save the changes?</source>
            <translation>Olet muuttanut asiakkaan %1 tietoja. Tallennetaanko muutokset?</translation>
        </message>
        <message>
            <source>Service ended %1 (%2)</source>
            <translation>Palvelu päättyi %1 (%2)</translation>
        </message>
        <message>
            <source>Re-open…</source>
            <translation>Aloita palvelu uudelleen…</translation>
        </message>
        <message numerus="yes">
            <source>Phase: %1, since %2 (%n day(s))</source>
            <translation>
                <numerusform>Vaihe: %1, %2 alkaen (%n päivä)</numerusform>
                <numerusform>Vaihe: %1, %2 alkaen (%n päivää)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>First face-to-face employer contact %1, %n day(s) after the agreement.</source>
            <translation>
                <numerusform>Ensimmäinen kasvokkainen tapaaminen työnantajan kanssa %1, %n päivä sopimuksen jälkeen.</numerusform>
                <numerusform>Ensimmäinen kasvokkainen tapaaminen työnantajan kanssa %1, %n päivää sopimuksen jälkeen.</numerusform>
            </translation>
        </message>
        <message>
            <source>No cooperation agreement date yet.</source>
            <translation>Yhteistyösopimuksen päivämäärää ei ole vielä kirjattu.</translation>
        </message>
        <message>
            <source>%1 days since the agreement; no face-to-face employer contact yet (target: within %2 days).</source>
            <translation>Sopimuksesta on kulunut %1 päivää, eikä kasvokkaista tapaamista työnantajan kanssa ole vielä ollut (tavoite: %2 päivän kuluessa).</translation>
        </message>
        <message>
            <source>%1 so far; usually %2–%3</source>
            <translation>tähän mennessä %1, yleensä %2–%3</translation>
        </message>
        <message>
            <source>Service ended</source>
            <translation>Palvelu päättynyt</translation>
        </message>
    </context>
    <context>
        <name>CodeDialog</name>
        <message>
            <source>Invitation code</source>
            <translation>Kutsukoodi</translation>
        </message>
        <message>
            <source>The invitation for %1 is saved in %2. Give %1 this code separately (read it out or hand it over on paper), not with the file. It is shown only this once.</source>
            <translation>Kutsu henkilölle %1 on tallennettu tiedostoon %2. Anna henkilölle %1 tämä koodi erikseen (lue se ääneen tai anna paperilla), ei tiedoston mukana. Koodi näytetään vain tämän kerran.</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Passphrase: </source>
            <translation>Salalause: </translation>
        </message>
        <message>
            <source>No passphrase: use --passphrase-file FILE or run the command in a terminal.</source>
            <translation>Salalause puuttuu: käytä valitsinta --passphrase-file TIEDOSTO tai aja komento päätteessä.</translation>
        </message>
        <message>
            <source>%1 is a folder; give a file name.</source>
            <translation>%1 on kansio; anna tiedoston nimi.</translation>
        </message>
        <message>
            <source>Cannot write %1: the folder %2 does not exist.</source>
            <translation>Tiedostoa %1 ei voi kirjoittaa: kansiota %2 ei ole.</translation>
        </message>
        <message>
            <source>Cannot write %1: permission denied.</source>
            <translation>Tiedostoa %1 ei voi kirjoittaa: ei oikeutta.</translation>
        </message>
        <message>
            <source>Cannot write %1 (%2).</source>
            <translation>Tiedostoa %1 ei voi kirjoittaa (%2).</translation>
        </message>
        <message>
            <source>--version must be 1 or more.</source>
            <translation>--version on oltava 1 tai suurempi.</translation>
        </message>
        <message>
            <source>There is no client %1.</source>
            <translation>Asiakasta %1 ei ole.</translation>
        </message>
        <message>
            <source>Client %1 has no action plan version %2.</source>
            <translation>Asiakkaalla %1 ei ole toimintasuunnitelman versiota %2.</translation>
        </message>
        <message>
            <source>Client %1 has no action plan yet.</source>
            <translation>Asiakkaalla %1 ei ole vielä toimintasuunnitelmaa.</translation>
        </message>
        <message>
            <source>Action plan v%1 written to %2</source>
            <translation>Toimintasuunnitelma v%1 kirjoitettu tiedostoon %2</translation>
        </message>
        <message>
            <source>--today: not a date (YYYY-MM-DD): %1</source>
            <translation>--today: ei ole päivämäärä (VVVV-KK-PP): %1</translation>
        </message>
        <message>
            <source>--out: give a .pdf or .csv file, not %1</source>
            <translation>--out: anna .pdf- tai .csv-tiedosto, ei %1</translation>
        </message>
        <message>
            <source>%1: not a date (YYYY-MM-DD): %2</source>
            <translation>%1: ei ole päivämäärä (VVVV-KK-PP): %2</translation>
        </message>
        <message>
            <source>--to is before --from</source>
            <translation>--to on ennen päivää --from</translation>
        </message>
        <message>
            <source>--to is in the future</source>
            <translation>--to on tulevaisuudessa</translation>
        </message>
        <message>
            <source>There is no saved fidelity review %1.</source>
            <translation>Tallennettua laatuarviointia %1 ei ole.</translation>
        </message>
        <message>
            <source>--team: this store holds no team data; import the members' team files first (ipsdesk team import).</source>
            <translation>--team: tässä tietovarastossa ei ole tiimin tietoja; tuo ensin jäsenten tiimitiedostot (ipsdesk team import).</translation>
        </message>
        <message>
            <source>Fidelity review %1 (%2 – %3): %4 points from %5 of 25 items scored; written to %6</source>
            <translation>Laatuarviointi %1 (%2 – %3): %4 pistettä, %5/25 kriteeriä pisteytetty; kirjoitettu tiedostoon %6</translation>
        </message>
        <message>
            <source>Fidelity items (%1 – %2): %3 points from %4 of 25 items scored; written to %5</source>
            <translation>Laatukriteerit (%1 – %2): %3 pistettä, %4/25 kriteeriä pisteytetty; kirjoitettu tiedostoon %5</translation>
        </message>
        <message>
            <source>Team fidelity review %1 (%2 – %3): %4 points from %5 of 25 items scored; written to %6</source>
            <translation>Tiimin laatuarviointi %1 (%2 – %3): %4 pistettä, %5/25 kriteeriä pisteytetty; kirjoitettu tiedostoon %6</translation>
        </message>
        <message>
            <source>Fidelity items of the whole team (%1 – %2): %3 points from %4 of 25 items scored; written to %5</source>
            <translation>Koko tiimin laatukriteerit (%1 – %2): %3 pistettä, %4/25 kriteeriä pisteytetty; kirjoitettu tiedostoon %5</translation>
        </message>
        <message>
            <source>No saved fidelity reviews.</source>
            <translation>Tallennettuja laatuarviointeja ei ole.</translation>
        </message>
        <message>
            <source>%1  %2 – %3  %4 points  %5/25 scored  %6  %7</source>
            <translation>%1  %2 – %3  %4 pistettä  %5/25 pisteytetty  %6  %7</translation>
        </message>
        <message>
            <source>incomplete</source>
            <translation>kesken</translation>
        </message>
        <message>
            <source>own clients</source>
            <translation>omat asiakkaat</translation>
        </message>
        <message>
            <source>whole team</source>
            <translation>koko tiimi</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Kirjoitettu: %1</translation>
        </message>
        <message>
            <source>--team chooses teams on the team hub: give --hub as well.</source>
            <translation>--team valitsee tiimejä tiimitietokannasta: anna myös --hub.</translation>
        </message>
        <message>
            <source>--week: %1 is not a week of the calendar; write an ISO week like 2026-W47 (a year has 52 or 53 weeks).</source>
            <translation>--week: %1 ei ole kalenterin viikko; kirjoita ISO-viikko muodossa 2026-W47 (vuodessa on 52 tai 53 viikkoa).</translation>
        </message>
        <message>
            <source>--week: give an ISO week (YYYY-Www, e.g. 2026-W47), or leave the option out</source>
            <translation>--week: anna ISO-viikko (VVVV-Wvv, esim. 2026-W47) tai jätä valitsin pois</translation>
        </message>
        <message>
            <source>Week %1 (%2 – %3)</source>
            <translation>Viikko %1 (%2 – %3)</translation>
        </message>
        <message>
            <source>Employer contacts: %1 / target %2 (%3)</source>
            <translation>Työnantajakontaktit: %1 / tavoite %2 (%3)</translation>
        </message>
        <message>
            <source>target met</source>
            <translation>tavoite saavutettu</translation>
        </message>
        <message>
            <source>target not met</source>
            <translation>tavoite ei täyty</translation>
        </message>
        <message>
            <source>face-to-face: %1</source>
            <translation>kasvokkain: %1</translation>
        </message>
        <message>
            <source>other: %1</source>
            <translation>muut: %1</translation>
        </message>
        <message>
            <source>Due as of %1: %2</source>
            <translation>Ajankohtaista %1: %2</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>MYÖHÄSSÄ</translation>
        </message>
        <message>
            <source>due</source>
            <translation>tulossa</translation>
        </message>
        <message>
            <source>Backup written: %1</source>
            <translation>Varmuuskopio kirjoitettu: %1</translation>
        </message>
        <message>
            <source>%1 exists; it was not overwritten.</source>
            <translation>%1 on jo olemassa; sitä ei korvattu.</translation>
        </message>
        <message>
            <source>There is no backup file %1.</source>
            <translation>Varmuuskopiotiedostoa %1 ei ole.</translation>
        </message>
        <message>
            <source>Restored %1.</source>
            <translation>Palautettu: %1.</translation>
        </message>
        <message>
            <source>The store as it was is kept as %1.</source>
            <translation>Tietokanta sellaisena kuin se oli on tallessa nimellä %1.</translation>
        </message>
        <message>
            <source>PROBLEM %1</source>
            <translation>ONGELMA %1</translation>
        </message>
        <message>
            <source>The store is healthy.</source>
            <translation>Tietokanta on kunnossa.</translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>Uusi salalause: </translation>
        </message>
        <message>
            <source>New passphrase again: </source>
            <translation>Uusi salalause uudelleen: </translation>
        </message>
        <message>
            <source>Current passphrase: </source>
            <translation>Nykyinen salalause: </translation>
        </message>
        <message>
            <source>No new passphrase: use --new-passphrase-file FILE or run in a terminal.</source>
            <translation>Uusi salalause puuttuu: käytä valitsinta --new-passphrase-file TIEDOSTO tai aja komento päätteessä.</translation>
        </message>
        <message>
            <source>The two new passphrases differ; nothing was changed.</source>
            <translation>Uudet salalauseet eivät ole samat; mitään ei muutettu.</translation>
        </message>
        <message>
            <source>Passphrase changed. The recovery key still works.</source>
            <translation>Salalause vaihdettu. Palautusavain toimii edelleen.</translation>
        </message>
        <message>
            <source>Store created in %1.</source>
            <translation>Tietokanta luotu kansioon %1.</translation>
        </message>
        <message>
            <source>Recovery key written to %1.</source>
            <translation>Palautusavain kirjoitettu tiedostoon %1.</translation>
        </message>
        <message>
            <source>Recovery key (keep it in a safe place, it also unlocks the store): %1</source>
            <translation>Palautusavain (säilytä se turvallisessa paikassa, sillä avautuu myös tietokanta): %1</translation>
        </message>
        <message>
            <source>The invitation code file %1 cannot be read (%2).</source>
            <translation>Kutsukoodin tiedostoa %1 ei voi lukea (%2).</translation>
        </message>
        <message>
            <source>No invitation code: use --code-file FILE or run in a terminal.</source>
            <translation>Kutsukoodi puuttuu: käytä valitsinta --code-file TIEDOSTO tai aja komento päätteessä.</translation>
        </message>
        <message>
            <source>no such folder</source>
            <translation>kansiota ei ole</translation>
        </message>
        <message>
            <source>Team '%1' created (team id %2); you lead it.</source>
            <translation>Tiimi '%1' perustettu (tiimin tunnus %2); olet sen tiiminvetäjä.</translation>
        </message>
        <message>
            <source>Invitation for %1 (member id %2) written to %3</source>
            <translation>Kutsu henkilölle %1 (jäsentunnus %2) tallennettu tiedostoon %3</translation>
        </message>
        <message>
            <source>Invitation code (give it separately, not with the file): %1</source>
            <translation>Kutsukoodi (anna se erikseen, ei tiedoston mukana): %1</translation>
        </message>
        <message>
            <source>Invitation code: </source>
            <translation>Kutsukoodi: </translation>
        </message>
        <message>
            <source>Joined the team '%1' as %2.</source>
            <translation>Liityit tiimiin '%1' nimellä %2.</translation>
        </message>
        <message>
            <source>Team file written to %1 (%2 clients, %3 bytes).</source>
            <translation>Tiimitiedosto tallennettu: %1 (asiakkaita %2, %3 tavua).</translation>
        </message>
        <message>
            <source>%1: imported %2 (%3 clients)</source>
            <translation>%1: tuotu %2 (asiakkaita %3)</translation>
        </message>
        <message>
            <source>%1: already imported (%2); nothing changed</source>
            <translation>%1: tuotu jo aiemmin (%2); mikään ei muuttunut</translation>
        </message>
        <message>
            <source>Your own caseload is included (%1 clients).</source>
            <translation>Omat asiakkaasi ovat mukana (asiakkaita %1).</translation>
        </message>
        <message>
            <source>Team employer file written to %1 (%2 employers).</source>
            <translation>Tiimin työnantajatiedosto tallennettu: %1 (työnantajia %2).</translation>
        </message>
        <message>
            <source>Team employer register imported (%1 employers).</source>
            <translation>Tiimin työnantajarekisteri tuotu (työnantajia %1).</translation>
        </message>
        <message>
            <source>New team keys: generation %1. Give each member a new invitation:</source>
            <translation>Tiimin uudet avaimet: sukupolvi %1. Anna jokaiselle jäsenelle uusi kutsu:</translation>
        </message>
        <message>
            <source>  ipsdesk team invite %1 --member %2 --out FILE</source>
            <translation>  ipsdesk team invite %1 --member %2 --out TIEDOSTO</translation>
        </message>
        <message>
            <source>Not in a team.</source>
            <translation>Ei missään tiimissä.</translation>
        </message>
        <message>
            <source>Team: %1 (id %2), key generation %3</source>
            <translation>Tiimi: %1 (tunnus %2), avainten sukupolvi %3</translation>
        </message>
        <message>
            <source>Member: %1 (id %2)</source>
            <translation>Jäsen: %1 (tunnus %2)</translation>
        </message>
        <message>
            <source>Team file last sent: %1</source>
            <translation>Tiimitiedosto lähetetty viimeksi: %1</translation>
        </message>
        <message>
            <source>never</source>
            <translation>ei koskaan</translation>
        </message>
        <message>
            <source>You lead the team as %1.</source>
            <translation>Olet tiimin tiiminvetäjä nimellä %1.</translation>
        </message>
        <message>
            <source>  %1 (id %2): %3; %4</source>
            <translation>  %1 (tunnus %2): %3; %4</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>poistettu</translation>
        </message>
        <message>
            <source>needs a new invitation</source>
            <translation>tarvitsee uuden kutsun</translation>
        </message>
        <message>
            <source>member</source>
            <translation>jäsen</translation>
        </message>
        <message>
            <source>file exported %1</source>
            <translation>tiedosto viety %1</translation>
        </message>
        <message>
            <source>no file yet</source>
            <translation>ei vielä tiedostoa</translation>
        </message>
        <message>
            <source>The file %1 cannot be read (%2).</source>
            <translation>Tiedostoa %1 ei voi lukea (%2).</translation>
        </message>
        <message>
            <source>No password: use --password-file FILE or run in a terminal.</source>
            <translation>Salasana puuttuu: käytä valitsinta --password-file TIEDOSTO tai aja komento päätteessä.</translation>
        </message>
        <message>
            <source>The account cannot be made: %1</source>
            <translation>Käyttäjätunnusta ei voi luoda: %1</translation>
        </message>
        <message>
            <source>Team hub set: %1 (the password is kept in the encrypted store).</source>
            <translation>Tiimitietokanta määritetty: %1 (salasana säilytetään salatussa tietovarastossa).</translation>
        </message>
        <message>
            <source>Connected to %1: PostgreSQL %2, hub schema %3, this account is member %4.</source>
            <translation>Yhteys toimii: %1: PostgreSQL %2, tiimitietokannan skeema %3, tämä käyttäjätunnus on jäsen %4.</translation>
        </message>
        <message>
            <source>Connected to %1: PostgreSQL %2, hub schema %3, this account is a reader (no member id).</source>
            <translation>Yhteys toimii: %1: PostgreSQL %2, tiimitietokannan skeema %3, tällä käyttäjätunnuksella voi vain lukea (ei jäsentunnistetta).</translation>
        </message>
        <message>
            <source>Sent to the team hub at %1: %2 rows added, %3 removed, %4 in all.</source>
            <translation>Lähetetty tiimitietokantaan %1: %2 riviä lisätty, %3 poistettu, yhteensä %4.</translation>
        </message>
        <message>
            <source>No team hub is set up (ipsdesk hub setup, or Tools → Team hub).</source>
            <translation>Tiimitietokantaa ei ole määritetty (ipsdesk hub setup tai Työkalut → Tiimitietokanta).</translation>
        </message>
        <message>
            <source>Team hub: %1</source>
            <translation>Tiimitietokanta: %1</translation>
        </message>
        <message>
            <source>Last sent: %1 (%2 rows on the hub)</source>
            <translation>Viimeksi lähetetty: %1 (%2 riviä tiimitietokannassa)</translation>
        </message>
        <message>
            <source>Last sent: never</source>
            <translation>Viimeksi lähetetty: ei koskaan</translation>
        </message>
        <message>
            <source>Hub schema: %1 -&gt; %2; roles and policies applied.</source>
            <translation>Tiimitietokannan skeema: %1 -&gt; %2; roolit ja käyttöoikeussäännöt asetettu.</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>tyhjä</translation>
        </message>
        <message>
            <source>Account %1 (%2) created.</source>
            <translation>Käyttäjätunnus %1 (%2) luotu.</translation>
        </message>
    </context>
    <context>
        <name>ConsentParty</name>
        <message>
            <source>Care team</source>
            <translation>Hoitotiimi</translation>
        </message>
        <message>
            <source>Employment services</source>
            <translation>Työllisyyspalvelut</translation>
        </message>
        <message>
            <source>Kela</source>
            <translation>Kela</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Työnantaja</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Läheiset</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Muu</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Contact person</source>
            <translation>Yhteyshenkilö</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Asiakkaat</translation>
        </message>
    </context>
    <context>
        <name>ContactMode</name>
        <message>
            <source>Face-to-face</source>
            <translation>Kasvokkain</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Puhelin</translation>
        </message>
        <message>
            <source>E-mail / other</source>
            <translation>Sähköposti / muu</translation>
        </message>
    </context>
    <context>
        <name>ContactPurpose</name>
        <message>
            <source>Getting to know the employer's needs</source>
            <translation>Työnantajan tarpeisiin tutustuminen</translation>
        </message>
        <message>
            <source>Presenting a job seeker</source>
            <translation>Työnhakijan esittely</translation>
        </message>
        <message>
            <source>Job development / carving</source>
            <translation>Työn muokkaaminen / työtehtävien räätälöinti</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seuranta</translation>
        </message>
    </context>
    <context>
        <name>ContactTable</name>
        <message>
            <source>Edit…</source>
            <translation>Muokkaa…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Poista</translation>
        </message>
        <message>
            <source>Delete the contact with %1 on %2? This cannot be undone.</source>
            <translation>Poistetaanko kontakti (%1, %2)? Tätä ei voi perua.</translation>
        </message>
        <message>
            <source>Delete employer contact</source>
            <translation>Poista työnantajakontakti</translation>
        </message>
    </context>
    <context>
        <name>ContactTableModel</name>
        <message>
            <source>Date</source>
            <translation>Päivämäärä</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Työnantaja</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Yhteyshenkilö</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Tapa</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Tarkoitus</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Asiakkaat</translation>
        </message>
        <message>
            <source>Follow up on</source>
            <translation>Seuraava yhteydenotto</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Yleinen</translation>
        </message>
    </context>
    <context>
        <name>ContactWith</name>
        <message>
            <source>Client</source>
            <translation>Asiakas</translation>
        </message>
        <message>
            <source>Care team</source>
            <translation>Hoitotiimi</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Läheiset</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Muu</translation>
        </message>
    </context>
    <context>
        <name>Due</name>
        <message>
            <source>First face-to-face employer contact</source>
            <translation>Ensimmäinen kasvokkainen työnantajatapaaminen</translation>
        </message>
        <message>
            <source>Follow-along contact after job start</source>
            <translation>Yhteydenotto työn alettua</translation>
        </message>
        <message>
            <source>Weekly follow-along contact</source>
            <translation>Viikoittainen seurantayhteydenotto</translation>
        </message>
        <message>
            <source>Monthly follow-along contact</source>
            <translation>Kuukausittainen seurantayhteydenotto</translation>
        </message>
        <message>
            <source>Contact after the job ended</source>
            <translation>Yhteydenotto työsuhteen päätyttyä</translation>
        </message>
        <message>
            <source>Action plan review</source>
            <translation>Toimintasuunnitelman tarkistus</translation>
        </message>
        <message>
            <source>Follow-up promised to the employer</source>
            <translation>Työnantajalle luvattu yhteydenotto</translation>
        </message>
        <message>
            <source>No contact for a long time</source>
            <translation>Ei yhteydenpitoa pitkään aikaan</translation>
        </message>
    </context>
    <context>
        <name>DueModel</name>
        <message>
            <source>Due</source>
            <translation>Määräpäivä</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Mitä</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kuka</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (myöhässä)</translation>
        </message>
    </context>
    <context>
        <name>EmployerListModel</name>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kunta</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Toimiala</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontaktit</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Viimeisin kontakti</translation>
        </message>
    </context>
    <context>
        <name>Employers</name>
        <message>
            <source>A business ID is written 1234567-8.</source>
            <translation>Y-tunnus kirjoitetaan muodossa 1234567-8.</translation>
        </message>
        <message>
            <source>The business ID's check digit does not match; check the number.</source>
            <translation>Y-tunnuksen tarkistusnumero ei täsmää; tarkista tunnus.</translation>
        </message>
        <message>
            <source>Choose an employer from the register.</source>
            <translation>Valitse työnantaja rekisteristä.</translation>
        </message>
        <message>
            <source>This contact person is not with the chosen employer.</source>
            <translation>Yhteyshenkilö ei kuulu valitulle työnantajalle.</translation>
        </message>
        <message>
            <source>A chosen client does not exist.</source>
            <translation>Jotakin valituista asiakkaista ei löydy.</translation>
        </message>
        <message>
            <source>Employer contacts</source>
            <translation>Työnantajakontaktit</translation>
        </message>
        <message>
            <source>Employer contact</source>
            <translation>Työnantajakontakti</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Päivämäärä</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Työnantaja</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Yhteydenottotapa</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Tarkoitus</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Tulos</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Jatkotoimet</translation>
        </message>
        <message>
            <source>Follow up on</source>
            <translation>Seuraava yhteydenotto</translation>
        </message>
        <message>
            <source>Follow-up done</source>
            <translation>Yhteydenotto tehty</translation>
        </message>
        <message>
            <source>Employers</source>
            <translation>Työnantajat</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Business ID</source>
            <translation>Y-tunnus</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kunta</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Toimiala</translation>
        </message>
        <message>
            <source>Hiring needs</source>
            <translation>Rekrytointitarpeet</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Muistiinpanot</translation>
        </message>
        <message>
            <source>Contact persons</source>
            <translation>Yhteyshenkilöt</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Yhteyshenkilö</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rooli</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Puhelin</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Sähköposti</translation>
        </message>
        <message>
            <source>Not a valid e-mail address.</source>
            <translation>Sähköpostiosoite ei kelpaa.</translation>
        </message>
        <message>
            <source>Contacts or jobs are recorded with this employer; it cannot be removed.</source>
            <translation>Työnantajalle on kirjattu työnantajakontakteja tai työsuhteita, joten sitä ei voi poistaa.</translation>
        </message>
    </context>
    <context>
        <name>EmployersPage</name>
        <message>
            <source>Search by name, municipality, sector or ID</source>
            <translation>Hae nimellä, kunnalla, toimialalla tai Y-tunnuksella</translation>
        </message>
        <message>
            <source>New employer…</source>
            <translation>Uusi työnantaja…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Tallenna</translation>
        </message>
        <message>
            <source>Delete employer…</source>
            <translation>Poista työnantaja…</translation>
        </message>
        <message>
            <source>Follow-up done</source>
            <translation>Yhteydenotto tehty</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontaktit</translation>
        </message>
        <message>
            <source>Employers</source>
            <translation>Työnantajat</translation>
        </message>
        <message>
            <source>Jobs and clients placed</source>
            <translation>Työsuhteet ja työllistyneet asiakkaat</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historia</translation>
        </message>
        <message>
            <source>Contacts (%1)</source>
            <translation>Kontaktit (%1)</translation>
        </message>
        <message>
            <source>Jobs (%1) and clients placed (%2)</source>
            <translation>Työsuhteet (%1) ja työllistyneet asiakkaat (%2)</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Tallennettu.</translation>
        </message>
        <message>
            <source>Delete employer</source>
            <translation>Poista työnantaja</translation>
        </message>
        <message>
            <source>Delete %1 from the register?</source>
            <translation>Poistetaanko %1 rekisteristä?</translation>
        </message>
        <message>
            <source>New employer</source>
            <translation>Uusi työnantaja</translation>
        </message>
        <message>
            <source>&amp;Employers</source>
            <translation>Työ&amp;nantajat</translation>
        </message>
    </context>
    <context>
        <name>EndReason</name>
        <message>
            <source>Client's own choice</source>
            <translation>Asiakkaan oma valinta</translation>
        </message>
        <message>
            <source>Moved away</source>
            <translation>Muutto toiselle paikkakunnalle</translation>
        </message>
        <message>
            <source>Moved on to education</source>
            <translation>Siirtyminen opintoihin</translation>
        </message>
        <message>
            <source>Moved to another service</source>
            <translation>Siirtyminen toiseen palveluun</translation>
        </message>
        <message>
            <source>Support no longer needed</source>
            <translation>Tukea ei enää tarvita</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Muu syy</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <source>Erase client %1</source>
            <translation>Poista asiakas %1 pysyvästi</translation>
        </message>
        <message>
            <source>You are about to erase %1 (%2).</source>
            <translation>Olet poistamassa pysyvästi asiakkaan %1 (%2).</translation>
        </message>
        <message>
            <source>If the client wants a copy of their data, export the full record before erasing.</source>
            <translation>Jos asiakas haluaa kopion tiedoistaan, vie kaikki tiedot ennen poistamista.</translation>
        </message>
        <message>
            <source>Type the client's code %1 to confirm:</source>
            <translation>Vahvista kirjoittamalla asiakkaan tunnus %1:</translation>
        </message>
        <message>
            <source>Erase for good</source>
            <translation>Poista pysyvästi</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The passphrase file %1 cannot be read (%2).</source>
            <translation>Salalausetiedostoa %1 ei voi lukea (%2).</translation>
        </message>
        <message>
            <source>The passphrase file %1 does not hold text (UTF-8); give a file whose first line is the passphrase.</source>
            <translation>Salalausetiedostossa %1 ei ole tekstiä (UTF-8); anna tiedosto, jonka ensimmäisellä rivillä on salalause.</translation>
        </message>
        <message>
            <source>The passphrase is too weak; nothing was changed.</source>
            <translation>Salalause on liian heikko; mitään ei muutettu.</translation>
        </message>
    </context>
    <context>
        <name>ExitCodes</name>
        <message>
            <source>done</source>
            <translation>valmis</translation>
        </message>
        <message>
            <source>an unexpected failure (a fault in ipsdesk: please report it)</source>
            <translation>odottamaton virhe (vika ipsdeskissä: ilmoita siitä)</translation>
        </message>
        <message>
            <source>wrong use: a bad option or value, an unreadable passphrase file</source>
            <translation>väärä käyttö: virheellinen valitsin tai arvo, lukukelvoton salalausetiedosto</translation>
        </message>
        <message>
            <source>the store cannot be used now: none there, in use, wrong passphrase, newer app, disk full, read-only folder (nothing was changed)</source>
            <translation>tietokantaa ei voi nyt käyttää: sitä ei ole, se on käytössä, väärä salalause, uudempi sovellus, levy täynnä tai kansio vain luku (mitään ei muutettu)</translation>
        </message>
        <message>
            <source>the store or the backup is damaged (nothing was changed)</source>
            <translation>tietokanta tai varmuuskopio on vioittunut (mitään ei muutettu)</translation>
        </message>
        <message>
            <source>no such client, plan or backup</source>
            <translation>asiakasta, suunnitelmaa tai varmuuskopiota ei ole</translation>
        </message>
        <message>
            <source>the output file cannot be written</source>
            <translation>tulostiedostoa ei voi kirjoittaa</translation>
        </message>
        <message>
            <source>a team file or invitation was refused (nothing was changed)</source>
            <translation>tiimitiedosto tai kutsu hylättiin (mitään ei muutettu)</translation>
        </message>
        <message>
            <source>the team hub could not be used (the message says why; nothing was changed)</source>
            <translation>tiimin tietokantapalvelinta ei voitu käyttää (viesti kertoo syyn; mitään ei muutettu)</translation>
        </message>
    </context>
    <context>
        <name>FidelityChart</name>
        <message>
            <source>Totals of the saved reviews, and each section's points.</source>
            <translation>Tallennettujen arviointien kokonaispisteet ja osioiden pisteet.</translation>
        </message>
        <message>
            <source>No saved reviews yet.</source>
            <translation>Ei vielä tallennettuja arviointeja.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Yhteensä</translation>
        </message>
    </context>
    <context>
        <name>FidelityEvidence</name>
        <message>
            <source>Active on %1 (specialist %2)</source>
            <translation>Asiakkuus voimassa %1 (työhönvalmentaja %2)</translation>
        </message>
        <message>
            <source>All phases with one specialist</source>
            <translation>Kaikki vaiheet saman työhönvalmentajan kanssa</translation>
        </message>
        <message>
            <source>%1 specialists: %2</source>
            <translation>%1 työhönvalmentajaa: %2</translation>
        </message>
        <message>
            <source>Job started %1; benefits counselling %2</source>
            <translation>Työ alkoi %1; etuusneuvonta %2</translation>
        </message>
        <message>
            <source>Job started %1; no benefits counselling before it</source>
            <translation>Työ alkoi %1; ei etuusneuvontaa ennen sitä</translation>
        </message>
        <message>
            <source>Hours changed %1 from %2 to %3 h a week; benefits counselling %4</source>
            <translation>Työtunnit muuttuivat %1: %2 → %3 h viikossa; etuusneuvonta %4</translation>
        </message>
        <message>
            <source>Hours changed %1 from %2 to %3 h a week; no benefits counselling within 30 days</source>
            <translation>Työtunnit muuttuivat %1: %2 → %3 h viikossa; ei etuusneuvontaa 30 päivän sisällä</translation>
        </message>
        <message>
            <source>Hours changed %1; benefits counselling %2</source>
            <translation>Työtunnit muuttuivat %1; etuusneuvonta %2</translation>
        </message>
        <message>
            <source>Hours changed %1; no benefits counselling within 30 days</source>
            <translation>Työtunnit muuttuivat %1; ei etuusneuvontaa 30 päivän sisällä</translation>
        </message>
        <message>
            <source>Job search from %1; disclosure discussed %2 times, first %3</source>
            <translation>Työnhaku alkoi %1; sairaudesta kertomisesta keskusteltu %2 kertaa, ensin %3</translation>
        </message>
        <message>
            <source>Job search from %1; disclosure not discussed</source>
            <translation>Työnhaku alkoi %1; sairaudesta kertomisesta ei ole keskusteltu</translation>
        </message>
        <message>
            <source>Job started %1; profile updated %2</source>
            <translation>Työ alkoi %1; profiilia päivitetty %2</translation>
        </message>
        <message>
            <source>Job ended %1; profile updated %2</source>
            <translation>Työ päättyi %1; profiilia päivitetty %2</translation>
        </message>
        <message>
            <source>Job started %1; profile not updated within 30 days</source>
            <translation>Työ alkoi %1; profiilia ei päivitetty 30 päivän kuluessa</translation>
        </message>
        <message>
            <source>Job ended %1; profile not updated within 30 days</source>
            <translation>Työ päättyi %1; profiilia ei päivitetty 30 päivän kuluessa</translation>
        </message>
        <message>
            <source>Agreement %1; first face-to-face employer contact %2 (%3 days)</source>
            <translation>Sopimus %1; ensimmäinen kasvokkainen työnantajatapaaminen %2 (%3 päivää)</translation>
        </message>
        <message>
            <source>Agreement %1; no face-to-face employer contact yet (%2 days)</source>
            <translation>Sopimus %1; ei vielä kasvokkaista työnantajatapaamista (%2 päivää)</translation>
        </message>
        <message>
            <source>Median days</source>
            <translation>Päivien mediaani</translation>
        </message>
        <message>
            <source>Clients still waiting</source>
            <translation>Vielä odottavat asiakkaat</translation>
        </message>
        <message>
            <source>Week %1: %2 face-to-face employer contacts</source>
            <translation>Viikko %1: %2 kasvokkaista työnantajakontaktia</translation>
        </message>
        <message>
            <source>Job %1–%2, type %3</source>
            <translation>Työ %1–%2, tyyppi %3</translation>
        </message>
        <message>
            <source>Job %1–%2, employer %3</source>
            <translation>Työ %1–%2, työnantaja %3</translation>
        </message>
        <message>
            <source>Job %1–%2 on the open labour market</source>
            <translation>Työ %1–%2 avoimilla työmarkkinoilla</translation>
        </message>
        <message>
            <source>Job %1–%2 on the open labour market, with wage subsidy</source>
            <translation>Työ %1–%2 avoimilla työmarkkinoilla, palkkatuella</translation>
        </message>
        <message>
            <source>Job %1–%2 not on the open labour market</source>
            <translation>Työ %1–%2 muualla kuin avoimilla työmarkkinoilla</translation>
        </message>
        <message>
            <source>Jobs with no type recorded</source>
            <translation>Töitä, joiden tyyppiä ei ole kirjattu</translation>
        </message>
        <message>
            <source>Different</source>
            <translation>Eri</translation>
        </message>
        <message>
            <source>Share without wage subsidy (%)</source>
            <translation>Osuus ilman palkkatukea (%)</translation>
        </message>
        <message>
            <source>Job started %1: all %2 follow-along contacts in time</source>
            <translation>Työ alkoi %1: kaikki %2 tukikontaktia ajallaan</translation>
        </message>
        <message>
            <source>Job started %1: %2 of %3 follow-along contacts in time; first missed %4–%5</source>
            <translation>Työ alkoi %1: %2/%3 tukikontaktia ajallaan; ensimmäinen puuttuva %4–%5</translation>
        </message>
        <message>
            <source>%1 contacts outside the clinic, %2 at the clinic, %3 by phone or remote</source>
            <translation>%1 kontaktia poliklinikan ulkopuolella, %2 poliklinikalla, %3 puhelimitse tai etänä</translation>
        </message>
        <message>
            <source>Phone or remote contacts (left out)</source>
            <translation>Puhelin- tai etäkontaktit (ei laskettu)</translation>
        </message>
    </context>
    <context>
        <name>FidelityExport</name>
        <message>
            <source>Fidelity self-review</source>
            <translation>IPS-laatukriteeristön itsearviointi</translation>
        </message>
        <message>
            <source>Period %1–%2</source>
            <translation>Ajanjakso %1–%2</translation>
        </message>
        <message>
            <source>Reviewer: %1</source>
            <translation>Arvioija: %1</translation>
        </message>
        <message>
            <source>Total: %1 / %2 points</source>
            <translation>Yhteensä: %1 / %2 pistettä</translation>
        </message>
        <message>
            <source>%1 of %2 items scored; the band is given when all are scored.</source>
            <translation>%1/%2 kriteeriä pisteytetty; taso annetaan, kun kaikki on pisteytetty.</translation>
        </message>
        <message>
            <source>%1: %2 / %3</source>
            <translation>%1: %2 / %3</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nro</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Kriteeri</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Ehdotus</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Pisteet</translation>
        </message>
        <message>
            <source>Figure (cases)</source>
            <translation>Luku (tapauksia)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Huomio</translation>
        </message>
        <message>
            <source>not enough data</source>
            <translation>ei riittävästi tietoa</translation>
        </message>
        <message>
            <source>overruled</source>
            <translation>poikkeaa ehdotuksesta</translation>
        </message>
        <message>
            <source>Earlier reviews</source>
            <translation>Aiemmat arvioinnit</translation>
        </message>
        <message>
            <source>This is the first saved review.</source>
            <translation>Tämä on ensimmäinen tallennettu arviointi.</translation>
        </message>
        <message>
            <source>Thresholds behind the proposals</source>
            <translation>Ehdotusten pisterajat</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Luku</translation>
        </message>
        <message>
            <source>5 / 4 / 3 / 2 / 1</source>
            <translation>5 / 4 / 3 / 2 / 1</translation>
        </message>
        <message>
            <source>Fewest cases</source>
            <translation>Vähintään tapauksia</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Lähde</translation>
        </message>
        <message>
            <source>Page %1 / %2</source>
            <translation>Sivu %1 / %2</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Osio</translation>
        </message>
        <message>
            <source>Overruled</source>
            <translation>Poikkeaa ehdotuksesta</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Tapauksia</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>kyllä</translation>
        </message>
        <message>
            <source>no</source>
            <translation>ei</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Taso</translation>
        </message>
        <message>
            <source>* overruled: the score differs from the proposal; the reason is in the note.</source>
            <translation>* poikkeaa ehdotuksesta: pisteet eroavat ehdotetuista; perustelu on huomautuksessa.</translation>
        </message>
        <message>
            <source>%1. %2, per specialist</source>
            <translation>%1. %2, työhönvalmentajittain</translation>
        </message>
        <message>
            <source>Specialist</source>
            <translation>Työhönvalmentaja</translation>
        </message>
        <message>
            <source>vs target (%1)</source>
            <translation>Suhteessa tavoitteeseen (%1)</translation>
        </message>
        <message>
            <source>meets the target</source>
            <translation>tavoite täyttyy</translation>
        </message>
        <message>
            <source>%1 above</source>
            <translation>%1 yli</translation>
        </message>
        <message>
            <source>%1 below</source>
            <translation>%1 alle</translation>
        </message>
        <message>
            <source>Computed again from the records at the export; the figures above are those of the saving.</source>
            <translation>Laskettu uudelleen kirjauksista viennin hetkellä; yllä olevat luvut ovat tallennushetken.</translation>
        </message>
        <message>
            <source>Scope: own clients</source>
            <translation>Rajaus: omat asiakkaat</translation>
        </message>
        <message>
            <source>Scope: the whole team (the members' team files)</source>
            <translation>Rajaus: koko tiimi (jäsenten tiimitiedostot)</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Yhteensä</translation>
        </message>
    </context>
    <context>
        <name>FidelityItem</name>
        <message>
            <source>Staffing</source>
            <translation>Henkilöstö</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisaatio</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Palvelut</translation>
        </message>
        <message>
            <source>All five elements are in place.</source>
            <translation>Kaikki viisi osatekijää toteutuvat.</translation>
        </message>
        <message>
            <source>Four of the five elements are in place.</source>
            <translation>Neljä viidestä osatekijästä toteutuu.</translation>
        </message>
        <message>
            <source>Three of the five elements are in place.</source>
            <translation>Kolme viidestä osatekijästä toteutuu.</translation>
        </message>
        <message>
            <source>Two of the five elements are in place.</source>
            <translation>Kaksi viidestä osatekijästä toteutuu.</translation>
        </message>
        <message>
            <source>One element or none is in place.</source>
            <translation>Yksi osatekijä tai ei yhtään toteudu.</translation>
        </message>
        <message>
            <source>Done for most clients (75–89 %).</source>
            <translation>Toteutuu useimpien asiakkaiden kohdalla (75–89 %).</translation>
        </message>
        <message>
            <source>Done for about half of the clients (50–74 %).</source>
            <translation>Toteutuu noin puolen asiakkaista kohdalla (50–74 %).</translation>
        </message>
        <message>
            <source>Done for some clients (25–49 %).</source>
            <translation>Toteutuu osan asiakkaista kohdalla (25–49 %).</translation>
        </message>
        <message>
            <source>Caseload size</source>
            <translation>Asiakasmäärä</translation>
        </message>
        <message>
            <source>41 or more clients per full-time specialist.</source>
            <translation>41 tai enemmän asiakasta kokoaikaista työhönvalmentajaa kohden.</translation>
        </message>
        <message>
            <source>31–40 clients per full-time specialist.</source>
            <translation>31–40 asiakasta kokoaikaista työhönvalmentajaa kohden.</translation>
        </message>
        <message>
            <source>26–30 clients per full-time specialist.</source>
            <translation>26–30 asiakasta kokoaikaista työhönvalmentajaa kohden.</translation>
        </message>
        <message>
            <source>21–25 clients per full-time specialist.</source>
            <translation>21–25 asiakasta kokoaikaista työhönvalmentajaa kohden.</translation>
        </message>
        <message>
            <source>20 or fewer clients per full-time specialist.</source>
            <translation>Enintään 20 asiakasta kokoaikaista työhönvalmentajaa kohden.</translation>
        </message>
        <message>
            <source>Employment services staff</source>
            <translation>Työhönvalmentajat tekevät vain työhönvalmennusta</translation>
        </message>
        <message>
            <source>Specialists spend less than 55 % of their time on employment services.</source>
            <translation>Työhönvalmentajat käyttävät työhönvalmennukseen alle 55 % työajastaan.</translation>
        </message>
        <message>
            <source>Specialists spend 55–74 % of their time on employment services.</source>
            <translation>Työhönvalmentajat käyttävät työhönvalmennukseen 55–74 % työajastaan.</translation>
        </message>
        <message>
            <source>Specialists spend 75–89 % of their time on employment services.</source>
            <translation>Työhönvalmentajat käyttävät työhönvalmennukseen 75–89 % työajastaan.</translation>
        </message>
        <message>
            <source>Specialists spend 90–95 % of their time on employment services.</source>
            <translation>Työhönvalmentajat käyttävät työhönvalmennukseen 90–95 % työajastaan.</translation>
        </message>
        <message>
            <source>Specialists provide only employment services.</source>
            <translation>Työhönvalmentajat tekevät ainoastaan työhönvalmennusta.</translation>
        </message>
        <message>
            <source>Vocational generalists</source>
            <translation>Työhönvalmentaja vastaa kaikista vaiheista</translation>
        </message>
        <message>
            <source>Specialists only refer clients elsewhere.</source>
            <translation>Työhönvalmentajat vain ohjaavat asiakkaita muihin palveluihin.</translation>
        </message>
        <message>
            <source>Specialists carry out two phases of the service.</source>
            <translation>Työhönvalmentajat toteuttavat palvelun kahta vaihetta.</translation>
        </message>
        <message>
            <source>Specialists carry out three phases of the service.</source>
            <translation>Työhönvalmentajat toteuttavat palvelun kolmea vaihetta.</translation>
        </message>
        <message>
            <source>Specialists carry out four phases of the service.</source>
            <translation>Työhönvalmentajat toteuttavat palvelun neljää vaihetta.</translation>
        </message>
        <message>
            <source>Each specialist carries each client through all phases of the service.</source>
            <translation>Sama työhönvalmentaja kulkee asiakkaan kanssa palvelun kaikki vaiheet.</translation>
        </message>
        <message>
            <source>Integration with treatment through team assignment</source>
            <translation>Integraatio hoitoon: työhönvalmentaja hoitotiimin jäsenenä</translation>
        </message>
        <message>
            <source>Specialists are not part of any care team.</source>
            <translation>Työhönvalmentajat eivät kuulu yhteenkään hoitotiimiin.</translation>
        </message>
        <message>
            <source>Specialists belong to care teams but less than half of the caseload comes from them.</source>
            <translation>Työhönvalmentajat kuuluvat hoitotiimeihin, mutta alle puolet asiakkaista tulee niistä.</translation>
        </message>
        <message>
            <source>Specialists belong to care teams; 50–74 % of the caseload comes from them.</source>
            <translation>Työhönvalmentajat kuuluvat hoitotiimeihin; 50–74 % asiakkaista tulee niistä.</translation>
        </message>
        <message>
            <source>Specialists belong to one or two care teams; 75–89 % of the caseload comes from them.</source>
            <translation>Työhönvalmentajat kuuluvat yhteen tai kahteen hoitotiimiin; 75–89 % asiakkaista tulee niistä.</translation>
        </message>
        <message>
            <source>Specialists belong to one or two care teams; 90 % or more of the caseload comes from them.</source>
            <translation>Työhönvalmentajat kuuluvat yhteen tai kahteen hoitotiimiin; vähintään 90 % asiakkaista tulee niistä.</translation>
        </message>
        <message>
            <source>Integration with treatment through frequent team contact</source>
            <translation>Integraatio hoitoon: tiivis yhteydenpito hoitotiimiin</translation>
        </message>
        <message>
            <source>Collaboration with employment services</source>
            <translation>Yhteistyö työllisyyspalvelujen kanssa</translation>
        </message>
        <message>
            <source>No contact with employment services about shared clients.</source>
            <translation>Yhteisistä asiakkaista ei olla yhteydessä työllisyyspalveluihin.</translation>
        </message>
        <message>
            <source>Occasional contact with employment services.</source>
            <translation>Satunnaisia yhteydenottoja työllisyyspalveluihin.</translation>
        </message>
        <message>
            <source>Meetings with employment services a few times a year and some contact.</source>
            <translation>Tapaamisia työllisyyspalvelujen kanssa muutaman kerran vuodessa ja jonkin verran yhteydenpitoa.</translation>
        </message>
        <message>
            <source>Meetings with employment services every 2–3 months and regular contact.</source>
            <translation>Tapaamisia työllisyyspalvelujen kanssa 2–3 kuukauden välein ja säännöllistä yhteydenpitoa.</translation>
        </message>
        <message>
            <source>Monthly meetings with employment services and frequent contact about shared clients.</source>
            <translation>Kuukausittaiset tapaamiset työllisyyspalvelujen kanssa ja tiivis yhteydenpito yhteisistä asiakkaista.</translation>
        </message>
        <message>
            <source>Vocational unit</source>
            <translation>IPS-tiimi</translation>
        </message>
        <message>
            <source>Role of the team leader</source>
            <translation>Tiiminvetäjän rooli</translation>
        </message>
        <message>
            <source>Zero exclusion</source>
            <translation>Ei poissulkemista</translation>
        </message>
        <message>
            <source>Clients are screened for readiness and many are excluded.</source>
            <translation>Asiakkaiden valmiutta arvioidaan ja moni rajataan palvelun ulkopuolelle.</translation>
        </message>
        <message>
            <source>Clients are often excluded for readiness, substance use or symptoms.</source>
            <translation>Asiakkaita rajataan usein ulos valmiuden, päihteiden käytön tai oireiden vuoksi.</translation>
        </message>
        <message>
            <source>Some clients are excluded or referrals come from few sources.</source>
            <translation>Osa asiakkaista rajataan ulos tai ohjauksia tulee vain harvoista lähteistä.</translation>
        </message>
        <message>
            <source>No exclusion criteria, but referrals come mostly from staff.</source>
            <translation>Poissulkukriteereitä ei ole, mutta ohjaukset tulevat enimmäkseen henkilöstöltä.</translation>
        </message>
        <message>
            <source>Everyone who wants to work is welcome; the whole service encourages referrals.</source>
            <translation>Jokainen työhön haluava on tervetullut; koko palvelu kannustaa ohjaamaan asiakkaita.</translation>
        </message>
        <message>
            <source>Agency focus on competitive work</source>
            <translation>Organisaation sitoutuminen avoimiin työmarkkinoihin</translation>
        </message>
        <message>
            <source>Executive support for IPS</source>
            <translation>Johdon tuki IPS-toiminnalle</translation>
        </message>
        <message>
            <source>Work incentives planning</source>
            <translation>Etuusneuvonta</translation>
        </message>
        <message>
            <source>Benefits counselling is not offered.</source>
            <translation>Etuusneuvontaa ei tarjota.</translation>
        </message>
        <message>
            <source>Benefits counselling for every client before each job start and when hours change.</source>
            <translation>Jokainen asiakas saa etuusneuvontaa ennen jokaisen työn alkua ja työtuntien muuttuessa.</translation>
        </message>
        <message>
            <source>Disclosure</source>
            <translation>Sairaudesta kertominen työnantajalle</translation>
        </message>
        <message>
            <source>Disclosure is not discussed, or it is required.</source>
            <translation>Sairaudesta kertomisesta ei keskustella, tai kertomista vaaditaan.</translation>
        </message>
        <message>
            <source>Disclosure is discussed with every client before job search and more than once.</source>
            <translation>Sairaudesta kertomisesta keskustellaan jokaisen asiakkaan kanssa ennen työnhakua ja useammin kuin kerran.</translation>
        </message>
        <message>
            <source>Ongoing work-based assessment</source>
            <translation>Jatkuva työelämässä tapahtuva arviointi</translation>
        </message>
        <message>
            <source>Assessment only before job search (tests, work trials).</source>
            <translation>Arviointi vain ennen työnhakua (testit, työkokeilut).</translation>
        </message>
        <message>
            <source>The vocational profile is updated after every job start and end.</source>
            <translation>Ammatillista profiilia päivitetään jokaisen työn alkamisen ja päättymisen jälkeen.</translation>
        </message>
        <message>
            <source>Rapid job search</source>
            <translation>Nopea työn etsintä</translation>
        </message>
        <message>
            <source>First face-to-face employer contact 271 days or more after the agreement.</source>
            <translation>Ensimmäinen kasvokkainen työnantajatapaaminen vähintään 271 päivää sopimuksen jälkeen.</translation>
        </message>
        <message>
            <source>First face-to-face employer contact 151–270 days after the agreement.</source>
            <translation>Ensimmäinen kasvokkainen työnantajatapaaminen 151–270 päivää sopimuksen jälkeen.</translation>
        </message>
        <message>
            <source>First face-to-face employer contact 61–150 days after the agreement.</source>
            <translation>Ensimmäinen kasvokkainen työnantajatapaaminen 61–150 päivää sopimuksen jälkeen.</translation>
        </message>
        <message>
            <source>First face-to-face employer contact 31–60 days after the agreement.</source>
            <translation>Ensimmäinen kasvokkainen työnantajatapaaminen 31–60 päivää sopimuksen jälkeen.</translation>
        </message>
        <message>
            <source>First face-to-face employer contact within 30 days of the agreement.</source>
            <translation>Ensimmäinen kasvokkainen työnantajatapaaminen 30 päivän kuluessa sopimuksesta.</translation>
        </message>
        <message>
            <source>Individualised job search</source>
            <translation>Yksilöllinen työnhaku</translation>
        </message>
        <message>
            <source>Job search follows the jobs available, not the client's wishes.</source>
            <translation>Työnhaku perustuu tarjolla oleviin töihin, ei asiakkaan toiveisiin.</translation>
        </message>
        <message>
            <source>Job search follows every client's own wishes, strengths and needs.</source>
            <translation>Työnhaku perustuu jokaisen asiakkaan omiin toiveisiin, vahvuuksiin ja tarpeisiin.</translation>
        </message>
        <message>
            <source>Frequent employer contact</source>
            <translation>Tiivis työnantajayhteistyö</translation>
        </message>
        <message>
            <source>At most one face-to-face employer contact per specialist a week.</source>
            <translation>Enintään yksi kasvokkainen työnantajakontakti työhönvalmentajaa kohden viikossa.</translation>
        </message>
        <message>
            <source>Two face-to-face employer contacts per specialist a week.</source>
            <translation>Kaksi kasvokkaista työnantajakontaktia työhönvalmentajaa kohden viikossa.</translation>
        </message>
        <message>
            <source>Three or four face-to-face employer contacts per specialist a week.</source>
            <translation>Kolme tai neljä kasvokkaista työnantajakontaktia työhönvalmentajaa kohden viikossa.</translation>
        </message>
        <message>
            <source>Five face-to-face employer contacts per specialist a week.</source>
            <translation>Viisi kasvokkaista työnantajakontaktia työhönvalmentajaa kohden viikossa.</translation>
        </message>
        <message>
            <source>Six or more face-to-face employer contacts per specialist a week.</source>
            <translation>Vähintään kuusi kasvokkaista työnantajakontaktia työhönvalmentajaa kohden viikossa.</translation>
        </message>
        <message>
            <source>Quality of employer contact</source>
            <translation>Työnantajakontaktien laatu</translation>
        </message>
        <message>
            <source>Diversity of job types</source>
            <translation>Työtehtävien monipuolisuus</translation>
        </message>
        <message>
            <source>Less than 50 % of the jobs are of different types.</source>
            <translation>Alle 50 % töistä on keskenään erityyppisiä.</translation>
        </message>
        <message>
            <source>50–59 % of the jobs are of different types.</source>
            <translation>50–59 % töistä on keskenään erityyppisiä.</translation>
        </message>
        <message>
            <source>60–69 % of the jobs are of different types.</source>
            <translation>60–69 % töistä on keskenään erityyppisiä.</translation>
        </message>
        <message>
            <source>70–84 % of the jobs are of different types.</source>
            <translation>70–84 % töistä on keskenään erityyppisiä.</translation>
        </message>
        <message>
            <source>85 % or more of the jobs are of different types.</source>
            <translation>Vähintään 85 % töistä on keskenään erityyppisiä.</translation>
        </message>
        <message>
            <source>Diversity of employers</source>
            <translation>Työnantajien monipuolisuus</translation>
        </message>
        <message>
            <source>Less than 50 % of the jobs are with different employers.</source>
            <translation>Alle 50 % töistä on eri työnantajilla.</translation>
        </message>
        <message>
            <source>50–59 % of the jobs are with different employers.</source>
            <translation>50–59 % töistä on eri työnantajilla.</translation>
        </message>
        <message>
            <source>60–69 % of the jobs are with different employers.</source>
            <translation>60–69 % töistä on eri työnantajilla.</translation>
        </message>
        <message>
            <source>70–84 % of the jobs are with different employers.</source>
            <translation>70–84 % töistä on eri työnantajilla.</translation>
        </message>
        <message>
            <source>85 % or more of the jobs are with different employers.</source>
            <translation>Vähintään 85 % töistä on eri työnantajilla.</translation>
        </message>
        <message>
            <source>Competitive jobs</source>
            <translation>Työ avoimilla työmarkkinoilla</translation>
        </message>
        <message>
            <source>Less than 65 % of the jobs are on the open labour market.</source>
            <translation>Alle 65 % töistä on avoimilla työmarkkinoilla.</translation>
        </message>
        <message>
            <source>65–74 % of the jobs are on the open labour market.</source>
            <translation>65–74 % töistä on avoimilla työmarkkinoilla.</translation>
        </message>
        <message>
            <source>75–84 % of the jobs are on the open labour market.</source>
            <translation>75–84 % töistä on avoimilla työmarkkinoilla.</translation>
        </message>
        <message>
            <source>85–94 % of the jobs are on the open labour market.</source>
            <translation>85–94 % töistä on avoimilla työmarkkinoilla.</translation>
        </message>
        <message>
            <source>95 % or more of the jobs are on the open labour market.</source>
            <translation>Vähintään 95 % töistä on avoimilla työmarkkinoilla.</translation>
        </message>
        <message>
            <source>Individualised follow-along support</source>
            <translation>Yksilöllinen työsuhteen aikainen tuki</translation>
        </message>
        <message>
            <source>In-work support is the same for everyone, or none is offered.</source>
            <translation>Työsuhteen aikainen tuki on kaikille samanlaista, tai sitä ei tarjota.</translation>
        </message>
        <message>
            <source>In-work support is tailored to every client and employer.</source>
            <translation>Työsuhteen aikainen tuki räätälöidään jokaiselle asiakkaalle ja työnantajalle.</translation>
        </message>
        <message>
            <source>Time-unlimited follow-along support</source>
            <translation>Ajallisesti rajaamaton työsuhteen aikainen tuki</translation>
        </message>
        <message>
            <source>In-work support is time-limited or not offered.</source>
            <translation>Työsuhteen aikainen tuki on määräaikaista, tai sitä ei tarjota.</translation>
        </message>
        <message>
            <source>Contact within a week before and 3 days after every job start, weekly in the first month, monthly after; within 3 days of a job loss.</source>
            <translation>Yhteydenpito viikon sisällä ennen jokaisen työn alkua ja 3 päivän sisällä sen jälkeen, viikoittain ensimmäisen kuukauden ajan ja sen jälkeen kuukausittain; 3 päivän sisällä työn päättymisestä.</translation>
        </message>
        <message>
            <source>Community-based services</source>
            <translation>Palvelu toteutuu asiakkaan arkiympäristössä</translation>
        </message>
        <message>
            <source>Less than 30 % of the contacts are outside the clinic.</source>
            <translation>Alle 30 % kontakteista on poliklinikan ulkopuolella.</translation>
        </message>
        <message>
            <source>30–39 % of the contacts are outside the clinic.</source>
            <translation>30–39 % kontakteista on poliklinikan ulkopuolella.</translation>
        </message>
        <message>
            <source>40–49 % of the contacts are outside the clinic.</source>
            <translation>40–49 % kontakteista on poliklinikan ulkopuolella.</translation>
        </message>
        <message>
            <source>50–64 % of the contacts are outside the clinic.</source>
            <translation>50–64 % kontakteista on poliklinikan ulkopuolella.</translation>
        </message>
        <message>
            <source>65 % or more of the contacts are outside the clinic.</source>
            <translation>Vähintään 65 % kontakteista on poliklinikan ulkopuolella.</translation>
        </message>
        <message>
            <source>Assertive engagement and outreach</source>
            <translation>Aktiivinen yhteydenpito ja jalkautuva työ</translation>
        </message>
        <message>
            <source>Exemplary fidelity (115–125)</source>
            <translation>Erinomainen taso (115–125)</translation>
        </message>
        <message>
            <source>Good fidelity (100–114)</source>
            <translation>Hyvä taso (100–114)</translation>
        </message>
        <message>
            <source>Fair fidelity (74–99)</source>
            <translation>Kohtalainen taso (74–99)</translation>
        </message>
        <message>
            <source>Not IPS (73 or less)</source>
            <translation>Ei IPS-mallin mukainen (73 tai alle)</translation>
        </message>
    </context>
    <context>
        <name>FidelityItemsModel</name>
        <message>
            <source>No.</source>
            <translation>Nro</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Osio</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Kriteeri</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Ehdotus</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Pisteet</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Huomio</translation>
        </message>
        <message>
            <source>not enough data</source>
            <translation>ei riittävästi tietoa</translation>
        </message>
        <message>
            <source>%1 (overruled)</source>
            <translation>%1 (poikkeaa ehdotuksesta)</translation>
        </message>
    </context>
    <context>
        <name>FidelityPage</name>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>pp.kk.vvvv</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>Al&amp;kaen</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Päättyen</translation>
        </message>
        <message>
            <source>Own clients</source>
            <translation>Omat asiakkaat</translation>
        </message>
        <message>
            <source>Whole team</source>
            <translation>Koko tiimi</translation>
        </message>
        <message>
            <source>Whose clients the review covers</source>
            <translation>Keiden asiakkaat arviointi kattaa</translation>
        </message>
        <message>
            <source>Sco&amp;pe</source>
            <translation>Ra&amp;jaus</translation>
        </message>
        <message>
            <source>Start &amp;review</source>
            <translation>Aloita &amp;arviointi</translation>
        </message>
        <message>
            <source>&amp;Earlier reviews</source>
            <translation>Aie&amp;mmat arvioinnit</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>A&amp;vaa</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Tallenna</translation>
        </message>
        <message>
            <source>Language of the exported review</source>
            <translation>Viedyn arvioinnin kieli</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>Vie tie&amp;dostoon…</translation>
        </message>
        <message>
            <source>Computing the items from the records…</source>
            <translation>Lasketaan kriteerejä kirjauksista…</translation>
        </message>
        <message>
            <source>The 25 quality criteria</source>
            <translation>25 laatukriteeriä</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Pisteet</translation>
        </message>
        <message>
            <source>Not scored</source>
            <translation>Ei pisteytetty</translation>
        </message>
        <message>
            <source>&amp;Note (needed when you overrule the proposal)</source>
            <translation>&amp;Huomio (tarvitaan, jos poikkeat ehdotuksesta)</translation>
        </message>
        <message>
            <source>Computed from the records</source>
            <translation>Laskettu kirjauksista</translation>
        </message>
        <message>
            <source>Evidence: the cases the figure rests on</source>
            <translation>Perusteet: tapaukset, joihin luku perustuu</translation>
        </message>
        <message>
            <source>%1 (whole team)</source>
            <translation>%1 (koko tiimi)</translation>
        </message>
        <message>
            <source>(%1/25 scored)</source>
            <translation>(%1/25 pisteytetty)</translation>
        </message>
        <message>
            <source>Unsaved review</source>
            <translation>Tallentamaton arviointi</translation>
        </message>
        <message>
            <source>The review has changes that are not saved. Discard them?</source>
            <translation>Arvioinnissa on tallentamattomia muutoksia. Hylätäänkö ne?</translation>
        </message>
        <message>
            <source>Start a review</source>
            <translation>Aloita arviointi</translation>
        </message>
        <message>
            <source>Give the period as d.m.yyyy.</source>
            <translation>Anna ajanjakso muodossa p.k.vvvv.</translation>
        </message>
        <message>
            <source>Open a review</source>
            <translation>Avaa arviointi</translation>
        </message>
        <message>
            <source>New review of the whole team, %1–%2 (not saved yet)</source>
            <translation>Koko tiimin uusi arviointi ajalta %1–%2 (ei vielä tallennettu)</translation>
        </message>
        <message>
            <source>Review of the whole team, %1–%2, saved</source>
            <translation>Koko tiimin arviointi ajalta %1–%2, tallennettu</translation>
        </message>
        <message>
            <source>New review of %1–%2 (not saved yet)</source>
            <translation>Uusi arviointi ajalta %1–%2 (ei vielä tallennettu)</translation>
        </message>
        <message>
            <source>Review of %1–%2, saved</source>
            <translation>Arviointi ajalta %1–%2, tallennettu</translation>
        </message>
        <message>
            <source>%1: no figure (%2 cases)</source>
            <translation>%1: ei lukua (%2 tapausta)</translation>
        </message>
        <message>
            <source>%1: %2 (%3 %4)</source>
            <translation>%1: %2 (%3 %4)</translation>
        </message>
        <message>
            <source>Proposed score: %1</source>
            <translation>Ehdotetut pisteet: %1</translation>
        </message>
        <message>
            <source>Not enough data for a proposal: at least %1 %2 are needed.</source>
            <translation>Tiedot eivät riitä ehdotukseen: tarvitaan vähintään %1 (%2).</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <translation>%1: %2 (%3)</translation>
        </message>
        <message>
            <source>You overrule the proposed score %1; both are kept.</source>
            <translation>Poikkeat ehdotetuista pisteistä %1; molemmat säilytetään.</translation>
        </message>
        <message>
            <source>Say why in the note.</source>
            <translation>Kerro syy huomiokentässä.</translation>
        </message>
        <message>
            <source>Total %1 / %2</source>
            <translation>Yhteensä %1 / %2</translation>
        </message>
        <message>
            <source>%1 of 25 items scored</source>
            <translation>%1/25 kriteeriä pisteytetty</translation>
        </message>
        <message>
            <source>Save the review</source>
            <translation>Tallenna arviointi</translation>
        </message>
        <message>
            <source>Saving the review…</source>
            <translation>Tallennetaan arviointia…</translation>
        </message>
        <message>
            <source>fidelity-review</source>
            <translation>laatuarviointi</translation>
        </message>
        <message>
            <source>Export the review</source>
            <translation>Vie arviointi tiedostoon</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf);;CSV for Excel (*.csv)</source>
            <translation>PDF-asiakirjat (*.pdf);;CSV Exceliin (*.csv)</translation>
        </message>
        <message>
            <source>The review could not be saved: %1</source>
            <translation>Arviointia ei voitu tallentaa: %1</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Kirjoitetaan %1…</translation>
        </message>
        <message>
            <source>&amp;Fidelity</source>
            <translation>Laat&amp;uarviointi</translation>
        </message>
    </context>
    <context>
        <name>FidelityReview</name>
        <message>
            <source>The period must end on or after its start.</source>
            <translation>Ajanjakso ei voi päättyä ennen alkamistaan.</translation>
        </message>
        <message>
            <source>The period cannot end in the future.</source>
            <translation>Ajanjakso ei voi päättyä tulevaisuudessa.</translation>
        </message>
        <message>
            <source>A score is a whole number from 1 to 5.</source>
            <translation>Pisteet ovat kokonaisluku 1–5.</translation>
        </message>
        <message>
            <source>Say why you overrule the proposed score %1 (a note is needed).</source>
            <translation>Kerro, miksi poikkeat ehdotetuista pisteistä %1 (huomio tarvitaan).</translation>
        </message>
        <message>
            <source>There is no item %1 in the scale.</source>
            <translation>Kriteeristössä ei ole kohtaa %1.</translation>
        </message>
        <message>
            <source>A review covers your own clients or the whole team.</source>
            <translation>Arviointi kattaa joko omat asiakkaasi tai koko tiimin.</translation>
        </message>
    </context>
    <context>
        <name>FidelityThreshold</name>
        <message>
            <source>IPS fidelity scale (2008), checked against its text.</source>
            <translation>IPS-laatukriteeristö (2008), tarkistettu sen tekstistä.</translation>
        </message>
        <message>
            <source>Common reading of the 2019 IPS fidelity manual; not checked against the manual.</source>
            <translation>Vuoden 2019 IPS-laatukriteeristön käsikirjan yleinen tulkinta; ei tarkistettu käsikirjasta.</translation>
        </message>
        <message>
            <source>ipsdesk's reading of a descriptive anchor as the share of cases that meet it; not checked against the manual.</source>
            <translation>ipsdeskin tulkinta sanallisesta kuvauksesta sen täyttävien tapausten osuutena; ei tarkistettu käsikirjasta.</translation>
        </message>
        <message>
            <source>2019 IPS fidelity manual: the 65 % bound is checked, the others are not.</source>
            <translation>Vuoden 2019 käsikirja: 65 %:n raja on tarkistettu, muut eivät.</translation>
        </message>
        <message>
            <source>clients</source>
            <translation>asiakasta</translation>
        </message>
        <message>
            <source>jobs</source>
            <translation>työtä</translation>
        </message>
        <message>
            <source>job starts and ends</source>
            <translation>työn alkamista ja päättymistä</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>viikkoa</translation>
        </message>
        <message>
            <source>contacts</source>
            <translation>kontaktia</translation>
        </message>
        <message>
            <source>Active clients per full-time specialist</source>
            <translation>Aktiivisia asiakkaita kokoaikaista työhönvalmentajaa kohden</translation>
        </message>
        <message>
            <source>Clients served by one specialist through all phases</source>
            <translation>Asiakkaat, joilla on ollut sama työhönvalmentaja kaikissa vaiheissa</translation>
        </message>
        <message>
            <source>A job start is met by benefits counselling after the client's previous job start and on or before the start; an hours change by counselling from 30 days before to 30 days after the change. The 30 days are ipsdesk's reading: the scale and the IPS model guide say only “when hours change”, so this window could not be checked. An hours change is recorded when a running job's hours are changed, on the day of the edit.</source>
            <translation>Työn aloitus täyttyy, kun etuusneuvontaa on annettu asiakkaan edellisen työn alkamisen jälkeen ja viimeistään aloituspäivänä; työtuntien muutos, kun neuvontaa on annettu 30 päivää ennen muutosta – 30 päivää sen jälkeen. 30 päivää on ipsdeskin tulkinta: arviointiasteikko ja IPS-mallin opas sanovat vain ”kun työtunnit muuttuvat”, joten aikaväliä ei voitu tarkistaa. Työtuntien muutos kirjataan, kun käynnissä olevan työsuhteen tunteja muutetaan, muokkauspäivälle.</translation>
        </message>
        <message>
            <source>job starts and hours changes</source>
            <translation>työn alkamista ja työtuntien muutosta</translation>
        </message>
        <message>
            <source>Job starts and hours changes with benefits counselling in time</source>
            <translation>Työn aloitukset ja työtuntien muutokset, joiden yhteydessä etuusneuvonta on annettu ajoissa</translation>
        </message>
        <message>
            <source>Clients in job search with disclosure discussed before it and more than once</source>
            <translation>Työnhakijat, joiden kanssa sairaudesta kertomisesta on keskusteltu ennen työnhakua ja useammin kuin kerran</translation>
        </message>
        <message>
            <source>Job starts and ends followed by a profile update within 30 days</source>
            <translation>Työn alkamiset ja päättymiset, joiden jälkeen profiilia on päivitetty 30 päivän kuluessa</translation>
        </message>
        <message>
            <source>Days from the agreement to the first face-to-face employer contact (mean)</source>
            <translation>Päiviä sopimuksesta ensimmäiseen kasvokkaiseen työnantajatapaamiseen (keskiarvo)</translation>
        </message>
        <message>
            <source>Face-to-face employer contacts per full-time specialist per week</source>
            <translation>Kasvokkaisia työnantajakontakteja kokoaikaista työhönvalmentajaa kohden viikossa</translation>
        </message>
        <message>
            <source>Jobs of different types</source>
            <translation>Erityyppiset työt</translation>
        </message>
        <message>
            <source>Jobs with different employers</source>
            <translation>Työt eri työnantajilla</translation>
        </message>
        <message>
            <source>Jobs on the open labour market (wage subsidy included)</source>
            <translation>Työt avoimilla työmarkkinoilla (palkkatuetut mukaan lukien)</translation>
        </message>
        <message>
            <source>Jobs whose follow-along contacts were all made in time</source>
            <translation>Työt, joissa kaikki tukikontaktit toteutuivat ajallaan</translation>
        </message>
        <message>
            <source>In-person contacts outside the clinic</source>
            <translation>Kasvokkaiset kontaktit poliklinikan ulkopuolella</translation>
        </message>
    </context>
    <context>
        <name>FigureModel</name>
        <message>
            <source>Figure</source>
            <translation>Tunnusluku</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Arvo</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Tavoite</translation>
        </message>
    </context>
    <context>
        <name>FileNames</name>
        <message>
            <source>action-plan</source>
            <translation>toimintasuunnitelma</translation>
        </message>
        <message>
            <source>access-log</source>
            <translation>käyttöloki</translation>
        </message>
        <message>
            <source>record</source>
            <translation>asiakastiedot</translation>
        </message>
    </context>
    <context>
        <name>FormWidget</name>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>pp.kk.vvvv</translation>
        </message>
    </context>
    <context>
        <name>HubDialog</name>
        <message>
            <source>Team hub</source>
            <translation>Tiimitietokanta</translation>
        </message>
        <message>
            <source>A team hub is a PostgreSQL database run by the county's IT. ipsdesk sends it what your team file carries (pseudonymous: no names, identity codes or notes). Ask IT for these settings and the CA certificate file.</source>
            <translation>Tiimitietokanta on hyvinvointialueen IT-palveluiden ylläpitämä PostgreSQL-tietokanta. ipsdesk lähettää sinne samat tiedot, jotka tiimitiedostosi sisältää (pseudonymisoituina: ei nimiä, henkilötunnuksia eikä muistiinpanoja). Pyydä nämä asetukset ja CA-varmennetiedosto IT-tuelta.</translation>
        </message>
        <message>
            <source>verify-full: check the certificate and the server's name</source>
            <translation>verify-full: tarkista varmenne ja palvelimen nimi</translation>
        </message>
        <message>
            <source>verify-ca: check the certificate only</source>
            <translation>verify-ca: tarkista vain varmenne</translation>
        </message>
        <message>
            <source>require: encrypted, the certificate not checked</source>
            <translation>require: salattu, varmennetta ei tarkisteta</translation>
        </message>
        <message>
            <source>prefer: encrypted if the server offers it</source>
            <translation>prefer: salattu, jos palvelin tarjoaa salauksen</translation>
        </message>
        <message>
            <source>disable: not encrypted (only for a test server)</source>
            <translation>disable: ei salausta (vain testipalvelimelle)</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>Se&amp;laa…</translation>
        </message>
        <message>
            <source>Choose the CA certificate file</source>
            <translation>Valitse CA-varmennetiedosto</translation>
        </message>
        <message>
            <source>Ser&amp;ver:</source>
            <translation>&amp;Palvelin:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;ortti:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>Tieto&amp;kanta:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Käyttäjä&amp;tunnus:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;Salasana:</translation>
        </message>
        <message>
            <source>TLS &amp;mode:</source>
            <translation>TLS-t&amp;ila:</translation>
        </message>
        <message>
            <source>CA certificate &amp;file:</source>
            <translation>CA-&amp;varmennetiedosto:</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>Testaa &amp;yhteys</translation>
        </message>
        <message>
            <source>Send &amp;now</source>
            <translation>Lähetä &amp;nyt</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>Tall&amp;enna</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sulje</translation>
        </message>
        <message>
            <source>No team hub is set up: nothing is sent, and ipsdesk opens no network connection.</source>
            <translation>Tiimitietokantaa ei ole määritetty: mitään ei lähetetä, eikä ipsdesk avaa verkkoyhteyksiä.</translation>
        </message>
        <message>
            <source>Last sent: %1 (%2 rows on the hub).</source>
            <translation>Viimeksi lähetetty: %1 (%2 riviä tiimitietokannassa).</translation>
        </message>
        <message>
            <source>Not sent to the hub yet.</source>
            <translation>Tiimitietokantaan ei ole vielä lähetetty mitään.</translation>
        </message>
        <message>
            <source>CA certificate file</source>
            <translation>CA-varmennetiedosto</translation>
        </message>
        <message>
            <source>Connecting to the team hub…</source>
            <translation>Yhdistetään tiimitietokantaan…</translation>
        </message>
        <message>
            <source>The connection works: %1, PostgreSQL %2, hub schema %3. This account sends as member %4.</source>
            <translation>Yhteys toimii: %1, PostgreSQL %2, tiimitietokannan skeema %3. Tämä käyttäjätunnus lähettää tiedot jäsenenä %4.</translation>
        </message>
        <message>
            <source>The connection works: %1, PostgreSQL %2, hub schema %3. This account only reads (a team leader or the county coordinator).</source>
            <translation>Yhteys toimii: %1, PostgreSQL %2, tiimitietokannan skeema %3. Tällä käyttäjätunnuksella voi vain lukea (tiiminvetäjä tai hyvinvointialueen koordinaattori).</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Testaa yhteys</translation>
        </message>
        <message>
            <source>Sending to the team hub…</source>
            <translation>Lähetetään tiimitietokantaan…</translation>
        </message>
        <message>
            <source>Sent at %1: %2 rows added, %3 removed; %4 rows on the hub.</source>
            <translation>Lähetetty %1: %2 riviä lisätty, %3 poistettu; tiimitietokannassa %4 riviä.</translation>
        </message>
        <message>
            <source>Send now</source>
            <translation>Lähetä nyt</translation>
        </message>
    </context>
    <context>
        <name>HubError</name>
        <message>
            <source>No team hub is set up (Tools → Team hub); no connection was made.</source>
            <translation>Tiimitietokantaa ei ole määritetty (Työkalut → Tiimitietokanta); yhteyttä ei otettu.</translation>
        </message>
        <message>
            <source>No team hub is set up (Tools → Team hub); nothing was sent.</source>
            <translation>Tiimitietokantaa ei ole määritetty (Työkalut → Tiimitietokanta); mitään ei lähetetty.</translation>
        </message>
        <message>
            <source>The team hub %1 cannot be reached (no network, or the server is down); try again on the county network.</source>
            <translation>Tiimitietokantaan %1 ei saada yhteyttä (ei verkkoa, tai palvelin ei ole käytössä); yritä uudelleen hyvinvointialueen verkossa.</translation>
        </message>
        <message>
            <source>The team hub %1 cannot be reached (no network, or the server is down). Nothing was sent; try again on the county network.</source>
            <translation>Tiimitietokantaan %1 ei saada yhteyttä (ei verkkoa, tai palvelin ei ole käytössä). Mitään ei lähetetty; yritä uudelleen hyvinvointialueen verkossa.</translation>
        </message>
        <message>
            <source>The secure (TLS) connection to the team hub %1 failed: the server offers no TLS or its certificate could not be verified (ask IT for the CA certificate file).</source>
            <translation>Suojattu (TLS) yhteys tiimitietokantaan %1 epäonnistui: palvelin ei tarjoa TLS-yhteyttä tai sen varmennetta ei voitu tarkistaa (pyydä IT-tuelta CA-varmennetiedosto).</translation>
        </message>
        <message>
            <source>The team hub refused the user name or password for %1.</source>
            <translation>Tiimitietokanta ei hyväksynyt käyttäjätunnusta tai salasanaa: %1.</translation>
        </message>
        <message>
            <source>The team hub accepted %1 but it lacks the rights for this (ask IT to add your account to the hub's roles).</source>
            <translation>Tiimitietokanta hyväksyi tunnuksen %1, mutta sillä ei ole tähän oikeuksia (pyydä IT-tukea lisäämään tunnuksesi tiimitietokannan rooleihin).</translation>
        </message>
        <message>
            <source>The team hub has no account for this member (member id %1): ask IT to add it.</source>
            <translation>Tiimitietokannassa ei ole tunnusta tälle jäsenelle (jäsentunnus %1): pyydä IT-tukea lisäämään se.</translation>
        </message>
        <message>
            <source>The team hub's database is not set up for this ipsdesk yet (ask IT to run 'ipsdesk hub init-schema').</source>
            <translation>Tiimitietokantaa ei ole vielä valmisteltu tälle ipsdeskin versiolle (pyydä IT-tukea ajamaan 'ipsdesk hub init-schema').</translation>
        </message>
        <message>
            <source>The team hub was set up by a newer ipsdesk (schema %1): update ipsdesk first.</source>
            <translation>Tiimitietokanta on valmisteltu uudemmalla ipsdeskillä (rakenne %1): päivitä ipsdesk ensin.</translation>
        </message>
        <message>
            <source>This store is not in a team yet: join a team before sending to the hub.</source>
            <translation>Tämä tietovarasto ei ole vielä missään tiimissä: liity tiimiin ennen lähettämistä tiimitietokantaan.</translation>
        </message>
        <message>
            <source>The team hub answered with an error: %1</source>
            <translation>Tiimitietokanta vastasi virheellä: %1</translation>
        </message>
        <message>
            <source>No team hub is set up, so there is nothing to report from (set it up in Tools → Team hub or with 'ipsdesk hub setup'; without --hub the report uses this store's team data).</source>
            <translation>Tiimitietokantaa ei ole määritetty, joten raporttia ei voi tehdä siitä (määritä se kohdassa Työkalut → Tiimitietokanta tai komennolla 'ipsdesk hub setup'; ilman valitsinta --hub raportti tehdään tämän tietovaraston tiimitiedoista).</translation>
        </message>
        <message>
            <source>The team hub shows no team %1 to this account (a team leader sees only their own team; check the team id).</source>
            <translation>Tiimitietokanta ei näytä tälle käyttäjätunnukselle tiimiä %1 (tiiminvetäjä näkee vain oman tiiminsä; tarkista tiimin tunniste).</translation>
        </message>
    </context>
    <context>
        <name>HubReport</name>
        <message>
            <source>Team hub: team %1</source>
            <translation>Tiimitietokanta: tiimi %1</translation>
        </message>
        <message>
            <source>Team hub: every team visible (%1)</source>
            <translation>Tiimitietokanta: kaikki näkyvät tiimit (%1)</translation>
        </message>
    </context>
    <context>
        <name>JobType</name>
        <message>
            <source>0 Armed forces occupations</source>
            <translation>0 Sotilaat</translation>
        </message>
        <message>
            <source>1 Managers</source>
            <translation>1 Johtajat</translation>
        </message>
        <message>
            <source>2 Professionals</source>
            <translation>2 Erityisasiantuntijat</translation>
        </message>
        <message>
            <source>3 Technicians and associate professionals</source>
            <translation>3 Asiantuntijat</translation>
        </message>
        <message>
            <source>4 Clerical support workers</source>
            <translation>4 Toimisto- ja asiakaspalvelutyöntekijät</translation>
        </message>
        <message>
            <source>5 Service and sales workers</source>
            <translation>5 Palvelu- ja myyntityöntekijät</translation>
        </message>
        <message>
            <source>6 Skilled agricultural, forestry and fishery workers</source>
            <translation>6 Maanviljelijät, metsätyöntekijät ym.</translation>
        </message>
        <message>
            <source>7 Craft and related trades workers</source>
            <translation>7 Rakennus-, korjaus- ja valmistustyöntekijät</translation>
        </message>
        <message>
            <source>8 Plant and machine operators and assemblers</source>
            <translation>8 Prosessi- ja kuljetustyöntekijät</translation>
        </message>
        <message>
            <source>9 Elementary occupations</source>
            <translation>9 Muut työntekijät</translation>
        </message>
    </context>
    <context>
        <name>JoinDialog</name>
        <message>
            <source>Join a team</source>
            <translation>Liity tiimiin</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Valitse…</translation>
        </message>
        <message>
            <source>Invitation &amp;file</source>
            <translation>Kutsu&amp;tiedosto</translation>
        </message>
        <message>
            <source>Invitation &amp;code</source>
            <translation>Kutsu&amp;koodi</translation>
        </message>
        <message>
            <source>The team leader gives the code separately from the file.</source>
            <translation>Tiiminvetäjä antaa koodin erikseen tiedostosta.</translation>
        </message>
        <message>
            <source>Invitation file</source>
            <translation>Kutsutiedosto</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <source>ipsdesk is locked</source>
            <translation>ipsdesk on lukittu</translation>
        </message>
        <message>
            <source>Client data is hidden. Type your passphrase to continue where you left off.</source>
            <translation>Asiakastiedot on piilotettu. Kirjoita salalauseesi, niin voit jatkaa siitä, mihin jäit.</translation>
        </message>
        <message>
            <source>Passphrase or recovery key</source>
            <translation>Salalause tai palautusavain</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Avaa lukitus</translation>
        </message>
        <message>
            <source>Wrong passphrase or recovery key.</source>
            <translation>Väärä salalause tai palautusavain.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>DEMO (invented data, not saved)</source>
            <translation>DEMO (kuvitteelliset tiedot, ei tallenneta)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Tiedosto</translation>
        </message>
        <message>
            <source>&amp;New client…</source>
            <translation>&amp;Uusi asiakas…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Lopeta</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Siirry</translation>
        </message>
        <message>
            <source>&amp;Caseload</source>
            <translation>&amp;Asiakkaat</translation>
        </message>
        <message>
            <source>&amp;Search clients</source>
            <translation>&amp;Hae asiakasta</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Lukitse</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>T&amp;yökalut</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Ohje</translation>
        </message>
        <message>
            <source>&amp;About ipsdesk</source>
            <translation>&amp;Tietoja ipsdeskistä</translation>
        </message>
        <message>
            <source>New client</source>
            <translation>Uusi asiakas</translation>
        </message>
        <message>
            <source>About ipsdesk</source>
            <translation>Tietoja ipsdeskistä</translation>
        </message>
        <message>
            <source>ipsdesk %1
An offline workbench for IPS employment specialists.</source>
            <translation>ipsdesk %1
IPS-työhönvalmentajien työväline, joka toimii ilman verkkoyhteyttä.</translation>
        </message>
        <message>
            <source>Automatic backup failed; see the log.</source>
            <translation>Automaattinen varmuuskopiointi epäonnistui; katso tarkemmat tiedot lokista.</translation>
        </message>
        <message>
            <source>ipsdesk closed unexpectedly</source>
            <translation>ipsdesk sulkeutui odottamatta</translation>
        </message>
        <message>
            <source>ipsdesk closed unexpectedly last time. Everything you had saved is in the store. A crash report without client data was written to %1; IT support may ask for it.</source>
            <translation>ipsdesk sulkeutui edellisellä kerralla odottamatta. Kaikki tallentamasi tiedot ovat tallessa tietokannassa. Virheraportti ilman asiakastietoja on tallennettu: %1. IT-tuki voi pyytää sitä.</translation>
        </message>
    </context>
    <context>
        <name>MemberModel</name>
        <message>
            <source>Member</source>
            <translation>Jäsen</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>Team file made</source>
            <translation>Tiimitiedosto tehty</translation>
        </message>
        <message>
            <source>Caseload</source>
            <translation>Asiakasmäärä</translation>
        </message>
        <message>
            <source>Needs a new invitation</source>
            <translation>Tarvitsee uuden kutsun</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Poistettu</translation>
        </message>
        <message>
            <source>No file yet</source>
            <translation>Ei vielä tiedostoa</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Tiimi</translation>
        </message>
        <message>
            <source>Specialist</source>
            <translation>Työhönvalmentaja</translation>
        </message>
        <message>
            <source>Caseload / target</source>
            <translation>Asiakkaita / tavoite</translation>
        </message>
        <message>
            <source>Employer contacts / target</source>
            <translation>Työnantajakontaktit / tavoite</translation>
        </message>
        <message>
            <source>Face-to-face</source>
            <translation>Kasvokkain</translation>
        </message>
        <message>
            <source>File of</source>
            <translation>Tiedosto päivältä</translation>
        </message>
        <message>
            <source>own caseload</source>
            <translation>oma asiakasmäärä</translation>
        </message>
        <message>
            <source>no file</source>
            <translation>ei tiedostoa</translation>
        </message>
        <message>
            <source>The file is missing or older than the week: ask for a new one.</source>
            <translation>Tiedosto puuttuu tai on viikkoa vanhempi: pyydä uusi.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Set a new passphrase</source>
            <translation>Aseta uusi salalause</translation>
        </message>
        <message>
            <source>You unlocked ipsdesk with the recovery key. Choose a new passphrase now: a few unrelated words (at least 8 characters). The recovery key keeps working; put the recovery sheet back in its safe.</source>
            <translation>Avasit ipsdeskin palautusavaimella. Valitse nyt uusi salalause: muutama toisiinsa liittymätön sana (vähintään 8 merkkiä). Palautusavain toimii edelleen; palauta palautusarkki kassakaappiin.</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Vaihda salalause</translation>
        </message>
        <message>
            <source>Choose a new passphrase: a few unrelated words (at least 8 characters) are easy to remember and hard to guess. Your recovery key keeps working as before; keep the recovery sheet in its safe.</source>
            <translation>Valitse uusi salalause: muutama toisiinsa liittymätön sana (vähintään 8 merkkiä) on helppo muistaa ja vaikea arvata. Palautusavaimesi toimii kuten ennenkin; pidä palautusarkki tallessa kassakaapissa.</translation>
        </message>
        <message>
            <source>Current passphrase (or recovery key)</source>
            <translation>Nykyinen salalause (tai palautusavain)</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Uusi salalause</translation>
        </message>
        <message>
            <source>New passphrase again</source>
            <translation>Uusi salalause uudelleen</translation>
        </message>
        <message>
            <source>At least 8 characters; several words are best.</source>
            <translation>Vähintään 8 merkkiä; useampi sana on paras.</translation>
        </message>
        <message>
            <source>Strong enough.</source>
            <translation>Riittävän vahva.</translation>
        </message>
        <message>
            <source>The current passphrase (or recovery key) is wrong. Nothing was changed.</source>
            <translation>Nykyinen salalause (tai palautusavain) on väärä. Mitään ei muutettu.</translation>
        </message>
    </context>
    <context>
        <name>Phase</name>
        <message>
            <source>Agreement</source>
            <translation>Sopiminen</translation>
        </message>
        <message>
            <source>Vocational profile</source>
            <translation>Ammatillinen profilointi</translation>
        </message>
        <message>
            <source>Job search</source>
            <translation>Työn etsintä</translation>
        </message>
        <message>
            <source>Employer work</source>
            <translation>Työskentely työnantajan kanssa</translation>
        </message>
        <message>
            <source>In-work support</source>
            <translation>Työsuhteen ylläpitämisen tuki</translation>
        </message>
    </context>
    <context>
        <name>Place</name>
        <message>
            <source>Clinic</source>
            <translation>Poliklinikka</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Koti</translation>
        </message>
        <message>
            <source>Workplace</source>
            <translation>Työpaikka</translation>
        </message>
        <message>
            <source>Elsewhere in the community</source>
            <translation>Muu paikka arkiympäristössä</translation>
        </message>
        <message>
            <source>Phone / remote</source>
            <translation>Puhelin / etäyhteys</translation>
        </message>
    </context>
    <context>
        <name>PlacedJobModel</name>
        <message>
            <source>Client</source>
            <translation>Asiakas</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Työ</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Alkoi</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Päättyi</translation>
        </message>
    </context>
    <context>
        <name>PlanDraft</name>
        <message>
            <source>Kinds of work: %1</source>
            <translation>Toivottu työ: %1</translation>
        </message>
        <message>
            <source>Working hours: %1</source>
            <translation>Työaika: %1</translation>
        </message>
        <message>
            <source>Where: %1</source>
            <translation>Missä: %1</translation>
        </message>
        <message>
            <source>Interests: %1</source>
            <translation>Kiinnostuksen kohteet: %1</translation>
        </message>
        <message>
            <source>Skills: %1</source>
            <translation>Osaaminen: %1</translation>
        </message>
        <message>
            <source>(consent given %1)</source>
            <translation>(suostumus annettu %1)</translation>
        </message>
        <message>
            <source>Done %1</source>
            <translation>Tehty %1</translation>
        </message>
        <message>
            <source>Planned %1</source>
            <translation>Suunniteltu %1</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Refresh from records</source>
            <extracomment>Fields that "Refresh from records" replaces (the goal and agreements are the client's).</extracomment>
            <translation>Päivitä tiedoista</translation>
        </message>
        <message>
            <source>Take strengths, wishes for work, information sharing and benefits counselling again from the profile, consents and counselling records.</source>
            <translation>Hae vahvuudet, työtoiveet, tietojen vaihto ja etuusneuvonta uudelleen profiilista, suostumuksista ja etuusneuvonnan merkinnöistä.</translation>
        </message>
        <message>
            <source>Plan date</source>
            <translation>Suunnitelman päivämäärä</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Toimenpiteet</translation>
        </message>
        <message>
            <source>Save version</source>
            <translation>Tallenna versio</translation>
        </message>
        <message>
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <source>Discard draft</source>
            <translation>Hylkää luonnos</translation>
        </message>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>pp.kk.vvvv</translation>
        </message>
        <message>
            <source>Step %1, %2: %3</source>
            <translation>Toimenpide %1, %2: %3</translation>
        </message>
        <message>
            <source>Not saved: check the fields marked in red.</source>
            <translation>Ei tallennettu: tarkista punaisella merkityt kentät.</translation>
        </message>
    </context>
    <context>
        <name>PlanPdf</name>
        <message>
            <source>Action plan</source>
            <translation>Toimintasuunnitelma</translation>
        </message>
        <message>
            <source>Action plan: %1</source>
            <translation>Toimintasuunnitelma: %1</translation>
        </message>
        <message>
            <source>Version %1, %2</source>
            <translation>Versio %1, %2</translation>
        </message>
        <message>
            <source>We have made this plan together. Each of us keeps a copy of it.</source>
            <translation>Olemme laatineet tämän suunnitelman yhdessä. Kumpikin saa siitä oman kappaleen.</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Asiakas</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versio</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Päivämäärä</translation>
        </message>
        <message>
            <source>Employment specialist</source>
            <translation>IPS-työhönvalmentaja</translation>
        </message>
        <message>
            <source>My goal for work or study</source>
            <translation>Tavoitteeni työn tai opiskelun suhteen</translation>
        </message>
        <message>
            <source>My strengths</source>
            <translation>Vahvuuteni</translation>
        </message>
        <message>
            <source>My wishes for work</source>
            <translation>Toiveeni työn suhteen</translation>
        </message>
        <message>
            <source>Steps we have agreed on</source>
            <translation>Sovitut toimenpiteet</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Mitä</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kuka</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>Mihin mennessä</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tilanne</translation>
        </message>
        <message>
            <source>No steps agreed yet.</source>
            <translation>Toimenpiteistä ei ole vielä sovittu.</translation>
        </message>
        <message>
            <source>Support agreed</source>
            <translation>Sovittu tuki</translation>
        </message>
        <message>
            <source>How often we meet</source>
            <translation>Kuinka usein tapaamme</translation>
        </message>
        <message>
            <source>Sharing information (as in my consent)</source>
            <translation>Tietojen vaihtaminen (suostumukseni mukaan)</translation>
        </message>
        <message>
            <source>Benefits counselling</source>
            <translation>Etuusneuvonta</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Seuraava tarkistus</translation>
        </message>
        <message>
            <source>We will review this plan together on %1.</source>
            <translation>Tarkistamme suunnitelman yhdessä %1.</translation>
        </message>
        <message>
            <source>We will agree on the date of the next review later.</source>
            <translation>Seuraavan tarkistuksen ajankohdasta sovitaan myöhemmin.</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Allekirjoitukset</translation>
        </message>
        <message>
            <source>Place and date</source>
            <translation>Paikka ja päivämäärä</translation>
        </message>
        <message>
            <source>Signature and name in block letters</source>
            <translation>Allekirjoitus ja nimenselvennys</translation>
        </message>
        <message>
            <source>Page %1 / %2</source>
            <translation>Sivu %1 / %2</translation>
        </message>
    </context>
    <context>
        <name>PlanSteps</name>
        <message>
            <source>What</source>
            <translation>Mitä</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kuka</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>Mihin mennessä</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tilanne</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (myöhässä)</translation>
        </message>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>pp.kk.vvvv</translation>
        </message>
    </context>
    <context>
        <name>PlanTab</name>
        <message>
            <source>&amp;Version:</source>
            <translation>&amp;Versio:</translation>
        </message>
        <message>
            <source>&amp;New version / review…</source>
            <translation>&amp;Uusi versio / tarkistus…</translation>
        </message>
        <message>
            <source>Ctrl+R</source>
            <translation>Ctrl+R</translation>
        </message>
        <message>
            <source>Document &amp;language:</source>
            <translation>Asiakirjan &amp;kieli:</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>Tallenna &amp;PDF-tiedostoksi…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+S</source>
            <translation>Ctrl+Shift+S</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Tu&amp;losta…</translation>
        </message>
        <message>
            <source>Ctrl+P</source>
            <translation>Ctrl+P</translation>
        </message>
        <message>
            <source>What changed since the previous version</source>
            <translation>Mikä muuttui edellisestä versiosta</translation>
        </message>
        <message>
            <source>No action plan yet. Draw up the first plan with the client: New version / review (Ctrl+R).</source>
            <translation>Toimintasuunnitelmaa ei vielä ole. Laadi ensimmäinen suunnitelma yhdessä asiakkaan kanssa: Uusi versio / tarkistus (Ctrl+R).</translation>
        </message>
        <message>
            <source>v%1 — %2</source>
            <translation>v%1 — %2</translation>
        </message>
        <message>
            <source>Plan review overdue since %1</source>
            <translation>Suunnitelman tarkistus myöhässä %1 alkaen</translation>
        </message>
        <message>
            <source>Next plan review: %1</source>
            <translation>Seuraava tarkistus: %1</translation>
        </message>
        <message>
            <source>(%1-month review)</source>
            <translation>(%1 kuukauden tarkistus)</translation>
        </message>
        <message>
            <source>Review: version %1 (from version %2)</source>
            <translation>Tarkistus: versio %1 (versiosta %2)</translation>
        </message>
        <message>
            <source>First action plan (version 1)</source>
            <translation>Ensimmäinen toimintasuunnitelma (versio 1)</translation>
        </message>
        <message>
            <source>Saved as version %1.</source>
            <translation>Tallennettu versiona %1.</translation>
        </message>
        <message>
            <source>Discard draft</source>
            <translation>Hylkää luonnos</translation>
        </message>
        <message>
            <source>Discard the changes made to this draft?</source>
            <translation>Hylätäänkö luonnokseen tehdyt muutokset?</translation>
        </message>
        <message>
            <source>Save the action plan as PDF</source>
            <translation>Tallenna toimintasuunnitelma PDF-tiedostoksi</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-asiakirjat (*.pdf)</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Tallenna PDF-tiedostoksi</translation>
        </message>
        <message>
            <source>The plan could not be saved: %1</source>
            <translation>Suunnitelmaa ei voitu tallentaa: %1</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Tallennettu: %1</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Toimintasuunnitelma</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Tulosta</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>Tulostinta ei voitu käynnistää.</translation>
        </message>
        <message numerus="yes">
            <source>Sent to the printer: %n page(s).</source>
            <translation>
                <numerusform>Lähetetty tulostimelle: %n sivu.</numerusform>
                <numerusform>Lähetetty tulostimelle: %n sivua.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Action plan</source>
            <translation>Toi&amp;mintasuunnitelma</translation>
        </message>
    </context>
    <context>
        <name>PlanView</name>
        <message>
            <source>by %1</source>
            <translation>%1 mennessä</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>myöhässä</translation>
        </message>
        <message>
            <source>Version %1, %2</source>
            <translation>Versio %1, %2</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Toimenpiteet</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Mitä</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kuka</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>Mihin mennessä</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tilanne</translation>
        </message>
        <message>
            <source>No steps agreed yet.</source>
            <translation>Toimenpiteistä ei ole vielä sovittu.</translation>
        </message>
        <message>
            <source>Not agreed yet</source>
            <translation>Ei vielä sovittu</translation>
        </message>
        <message>
            <source>status %1 → %2</source>
            <translation>tilanne %1 → %2</translation>
        </message>
        <message>
            <source>who %1 → %2</source>
            <translation>kuka %1 → %2</translation>
        </message>
        <message>
            <source>by when %1 → %2</source>
            <translation>mihin mennessä %1 → %2</translation>
        </message>
        <message>
            <source>This is the first version of the plan.</source>
            <translation>Tämä on suunnitelman ensimmäinen versio.</translation>
        </message>
        <message>
            <source>Changes since version %1</source>
            <translation>Muutokset versioon %1 verrattuna</translation>
        </message>
        <message>
            <source>Nothing changed: the plan was reviewed as it was.</source>
            <translation>Ei muutoksia: suunnitelma tarkistettiin sellaisenaan.</translation>
        </message>
        <message>
            <source>Was:</source>
            <translation>Oli:</translation>
        </message>
        <message>
            <source>Now:</source>
            <translation>Nyt:</translation>
        </message>
        <message>
            <source>Steps added</source>
            <translation>Lisätyt toimenpiteet</translation>
        </message>
        <message>
            <source>Steps removed</source>
            <translation>Poistetut toimenpiteet</translation>
        </message>
        <message>
            <source>Steps changed</source>
            <translation>Muuttuneet toimenpiteet</translation>
        </message>
    </context>
    <context>
        <name>PrivacyTab</name>
        <message>
            <source>The client has the right to know who has used their data (Act 703/2023) and to get everything stored about them (GDPR). Exported files are not encrypted: hand them to the client and delete your own copy.</source>
            <translation>Asiakkaalla on oikeus tietää, kuka on käyttänyt hänen tietojaan (laki 703/2023), ja saada kaikki hänestä tallennetut tiedot (tietosuoja-asetus). Viedyt tiedostot eivät ole salattuja: anna ne asiakkaalle ja poista oma kopiosi.</translation>
        </message>
        <message>
            <source>Export access &amp;log (PDF/CSV)…</source>
            <translation>Vie &amp;käyttöloki (PDF/CSV)…</translation>
        </message>
        <message>
            <source>Export full &amp;record (PDF + JSON)…</source>
            <translation>Vie kaikki ti&amp;edot (PDF + JSON)…</translation>
        </message>
        <message>
            <source>&amp;Erase client…</source>
            <translation>&amp;Poista asiakas pysyvästi…</translation>
        </message>
        <message>
            <source>Access log</source>
            <translation>Tietojen käyttöloki</translation>
        </message>
        <message>
            <source>Export access log</source>
            <translation>Vie käyttöloki</translation>
        </message>
        <message>
            <source>PDF document (*.pdf);;CSV table (*.csv)</source>
            <translation>PDF-asiakirja (*.pdf);;CSV-taulukko (*.csv)</translation>
        </message>
        <message>
            <source>Export full record (a PDF and a JSON file)</source>
            <translation>Vie kaikki tiedot (PDF- ja JSON-tiedosto)</translation>
        </message>
        <message>
            <source>PDF document, with a JSON file beside it (*.pdf)</source>
            <translation>PDF-asiakirja ja sen vieressä JSON-tiedosto (*.pdf)</translation>
        </message>
        <message>
            <source>Replace file?</source>
            <translation>Korvataanko tiedosto?</translation>
        </message>
        <message>
            <source>%1 exists already. Replace it?</source>
            <translation>%1 on jo olemassa. Korvataanko se?</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Vienti epäonnistui</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Kirjoitettu: %1</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>Viedään</translation>
        </message>
        <message>
            <source>%1 could not be written (%2). Choose another folder; nothing was exported.</source>
            <translation>Tiedostoa %1 ei voitu kirjoittaa (%2). Valitse toinen kansio; mitään ei viety.</translation>
        </message>
        <message>
            <source>Client %1 was erased.</source>
            <translation>Asiakas %1 poistettiin pysyvästi.</translation>
        </message>
        <message>
            <source>Pr&amp;ivacy</source>
            <translation>Tietosuo&amp;ja</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Kansio:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Tiedostot&amp;yyppi:</translation>
        </message>
    </context>
    <context>
        <name>QuickLog</name>
        <message>
            <source>&amp;Log employer contact…</source>
            <translation>&amp;Kirjaa työnantajakontakti…</translation>
        </message>
    </context>
    <context>
        <name>QuickLogDialog</name>
        <message>
            <source>Log employer contact</source>
            <translation>Kirjaa työnantajakontakti</translation>
        </message>
        <message>
            <source>Employer's name</source>
            <translation>Työnantajan nimi</translation>
        </message>
        <message>
            <source>Similar employers</source>
            <translation>Samankaltaiset työnantajat</translation>
        </message>
        <message>
            <source>Create a new employer</source>
            <translation>Luo uusi työnantaja</translation>
        </message>
        <message>
            <source>&amp;Employer</source>
            <translation>&amp;Työnantaja</translation>
        </message>
        <message>
            <source>&amp;Mode</source>
            <translation>T&amp;apa</translation>
        </message>
        <message>
            <source>&amp;Client (optional)</source>
            <translation>A&amp;siakas (valinnainen)</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Päivämäärä</translation>
        </message>
        <message>
            <source>Enter saves. Type the first letter to choose the mode.</source>
            <translation>Enter tallentaa. Valitse tapa kirjoittamalla sen ensimmäinen kirjain.</translation>
        </message>
        <message>
            <source>“%1” is not in the register. Similar employers: pick one with ↓ and Enter, or tick the box (or press Enter in the name field) to create a new employer.</source>
            <translation>”%1” ei ole rekisterissä. Samankaltaiset työnantajat: valitse yksi ↓- ja Enter-näppäimillä, tai rastita ruutu (tai paina Enter nimikentässä) luodaksesi uuden työnantajan.</translation>
        </message>
        <message>
            <source>New employer: “%1” will be created. Press Enter again to confirm.</source>
            <translation>Uusi työnantaja: ”%1” luodaan. Vahvista painamalla Enter uudelleen.</translation>
        </message>
        <message>
            <source>&amp;New employer: create “%1”</source>
            <translation>&amp;Uusi työnantaja: luo ”%1”</translation>
        </message>
        <message>
            <source>Choose a client from the list.</source>
            <translation>Valitse asiakas luettelosta.</translation>
        </message>
        <message>
            <source>Type the employer's name.</source>
            <translation>Kirjoita työnantajan nimi.</translation>
        </message>
        <message>
            <source>Employer contact saved: %1, %2</source>
            <translation>Työnantajakontakti tallennettu: %1, %2</translation>
        </message>
    </context>
    <context>
        <name>RecordList</name>
        <message>
            <source>Add…</source>
            <translation>Lisää…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Muokkaa…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Poista</translation>
        </message>
        <message>
            <source>Delete the selected entry? This cannot be undone.</source>
            <translation>Poistetaanko valittu merkintä? Poistoa ei voi perua.</translation>
        </message>
    </context>
    <context>
        <name>RecordPdf</name>
        <message>
            <source>Yes</source>
            <translation>Kyllä</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Ei</translation>
        </message>
        <message>
            <source>Client code</source>
            <translation>Asiakastunnus</translation>
        </message>
        <message>
            <source>In the current phase since</source>
            <translation>Nykyisessä vaiheessa alkaen</translation>
        </message>
        <message>
            <source>Service status</source>
            <translation>Palvelun tilanne</translation>
        </message>
        <message>
            <source>Service ended on</source>
            <translation>Palvelu päättyi</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Kirjattu</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Viimeksi muutettu</translation>
        </message>
        <message>
            <source>From phase</source>
            <translation>Edellinen vaihe</translation>
        </message>
        <message>
            <source>To phase</source>
            <translation>Uusi vaihe</translation>
        </message>
        <message>
            <source>Action plan version</source>
            <translation>Toimintasuunnitelman versio</translation>
        </message>
        <message>
            <source>Step number</source>
            <translation>Toimenpiteen numero</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Ajankohta</translation>
        </message>
        <message>
            <source>Code in the team's figures (no name)</source>
            <translation>Tunnus tiimin luvuissa (ei nimeä)</translation>
        </message>
        <message>
            <source>Hours changed on</source>
            <translation>Työtunnit muuttuivat</translation>
        </message>
        <message>
            <source>Hours per week before</source>
            <translation>Tunnit viikossa ennen</translation>
        </message>
        <message>
            <source>Hours per week after</source>
            <translation>Tunnit viikossa jälkeen</translation>
        </message>
    </context>
    <context>
        <name>RecordTableModel</name>
        <message>
            <source>Yes</source>
            <translation>Kyllä</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Ei</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>Consent to information exchange</source>
            <translation>Suostumus tietojen vaihtoon</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Suostumus</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Osapuoli</translation>
        </message>
        <message>
            <source>Party in detail</source>
            <translation>Osapuoli tarkemmin</translation>
        </message>
        <message>
            <source>What may be shared</source>
            <translation>Mitä tietoja saa vaihtaa</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>Annettu</translation>
        </message>
        <message>
            <source>Withdrawn on</source>
            <translation>Peruttu</translation>
        </message>
        <message>
            <source>Benefits counselling</source>
            <translation>Etuusneuvonta</translation>
        </message>
        <message>
            <source>Benefits counselling session</source>
            <translation>Etuusneuvontakerta</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Päivämäärä</translation>
        </message>
        <message>
            <source>By whom</source>
            <translation>Neuvonnan antaja</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Käsitellyt asiat</translation>
        </message>
        <message>
            <source>Disclosure discussions</source>
            <translation>Keskustelut sairaudesta kertomisesta</translation>
        </message>
        <message>
            <source>Disclosure discussion</source>
            <translation>Keskustelu sairaudesta kertomisesta</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Muistiinpanot</translation>
        </message>
        <message>
            <source>Profile meetings</source>
            <translation>Profilointitapaamiset</translation>
        </message>
        <message>
            <source>Profile meeting</source>
            <translation>Profilointitapaaminen</translation>
        </message>
        <message>
            <source>Work history</source>
            <translation>Työhistoria</translation>
        </message>
        <message>
            <source>Work history entry</source>
            <translation>Aiempi työ</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Työnantaja</translation>
        </message>
        <message>
            <source>Title or tasks</source>
            <translation>Nimike tai työtehtävät</translation>
        </message>
        <message>
            <source>From (year)</source>
            <translation>Vuodesta</translation>
        </message>
        <message>
            <source>To (year)</source>
            <translation>Vuoteen</translation>
        </message>
        <message>
            <source>Job leads</source>
            <translation>Työpaikkavihjeet</translation>
        </message>
        <message>
            <source>Job lead</source>
            <translation>Työpaikkavihje</translation>
        </message>
        <message>
            <source>Noted on</source>
            <translation>Kirjattu</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Vihje</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tilanne</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Avoin</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Haettu</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Suljettu</translation>
        </message>
        <message>
            <source>Supports agreed with employers</source>
            <translation>Työnantajien kanssa sovitut tuet</translation>
        </message>
        <message>
            <source>Support agreed with employer</source>
            <translation>Työnantajan kanssa sovittu tuki</translation>
        </message>
        <message>
            <source>Support (e.g. wage subsidy)</source>
            <translation>Tuki (esim. palkkatuki)</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Kuvaus</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Alkupäivä</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Loppupäivä</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Työsuhteet</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Työsuhde</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Tehtävänimike</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Alkamispäivä</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Päättymispäivä</translation>
        </message>
        <message>
            <source>Hours per week</source>
            <translation>Tunteja viikossa</translation>
        </message>
        <message>
            <source>Open labour market</source>
            <translation>Avoimet työmarkkinat</translation>
        </message>
        <message>
            <source>Wage subsidy</source>
            <translation>Palkkatuki</translation>
        </message>
        <message>
            <source>Occupation group</source>
            <translation>Ammattiryhmä</translation>
        </message>
        <message>
            <source>End reason</source>
            <translation>Päättymisen syy</translation>
        </message>
        <message>
            <source>Steps toward work</source>
            <translation>Askeleet kohti työtä</translation>
        </message>
        <message>
            <source>Step toward work</source>
            <translation>Askel kohti työtä</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Askel</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Huomio</translation>
        </message>
        <message>
            <source>Contact log</source>
            <translation>Yhteydenpito</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Yhteydenotto</translation>
        </message>
        <message>
            <source>With whom</source>
            <translation>Kenen kanssa</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Missä</translation>
        </message>
        <message>
            <source>Note (employment only)</source>
            <translation>Muistiinpano (vain työllistymiseen liittyvää)</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Asiakas</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Puhelin</translation>
        </message>
        <message>
            <source>Language of documents</source>
            <translation>Asiakirjojen kieli</translation>
        </message>
        <message>
            <source>Finnish</source>
            <translation>Suomi</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Ruotsi</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Englanti</translation>
        </message>
        <message>
            <source>Referral date</source>
            <translation>Palveluun ohjattu</translation>
        </message>
        <message>
            <source>Referred by (care team)</source>
            <translation>Ohjaava taho (hoitotiimi)</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Yhteyshenkilö</translation>
        </message>
        <message>
            <source>Cooperation agreement date</source>
            <translation>Yhteistyösopimuksen päivämäärä</translation>
        </message>
        <message>
            <source>Severe mental illness</source>
            <translation>Vakava mielenterveyden häiriö</translation>
        </message>
        <message>
            <source>Already in work at referral</source>
            <translation>Työssä jo ohjautuessaan</translation>
        </message>
        <message>
            <source>Vocational profile</source>
            <translation>Ammatillinen profiili</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Koulutus</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Osaaminen</translation>
        </message>
        <message>
            <source>Strengths and resources</source>
            <translation>Vahvuudet ja voimavarat</translation>
        </message>
        <message>
            <source>Interests</source>
            <translation>Kiinnostuksen kohteet</translation>
        </message>
        <message>
            <source>Preferred job types</source>
            <translation>Toivotut työt</translation>
        </message>
        <message>
            <source>Preferred hours</source>
            <translation>Toivottu työaika</translation>
        </message>
        <message>
            <source>Preferred location</source>
            <translation>Toivottu sijainti</translation>
        </message>
        <message>
            <source>Support needs</source>
            <translation>Tuen tarpeet</translation>
        </message>
        <message>
            <source>Goals for work</source>
            <translation>Työllistymisen tavoitteet</translation>
        </message>
        <message>
            <source>What the client wants said to employers</source>
            <translation>Mitä asiakas haluaa työnantajille kerrottavan</translation>
        </message>
        <message>
            <source>Job goals</source>
            <translation>Työnhaun tavoitteet</translation>
        </message>
        <message>
            <source>Job development and carving notes</source>
            <translation>Muistiinpanot työn muokkaamisesta ja työtehtävien räätälöinnistä</translation>
        </message>
        <message>
            <source>Move to another phase</source>
            <translation>Siirto toiseen vaiheeseen</translation>
        </message>
        <message>
            <source>New phase</source>
            <translation>Uusi vaihe</translation>
        </message>
        <message>
            <source>Reason (optional)</source>
            <translation>Syy (valinnainen)</translation>
        </message>
        <message>
            <source>End the service</source>
            <translation>Palvelun päättäminen</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Syy</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Lisätieto (valinnainen)</translation>
        </message>
        <message>
            <source>Re-open the service</source>
            <translation>Palvelun aloittaminen uudelleen</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Vaihe</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Your recovery key</source>
            <translation>Palautusavaimesi</translation>
        </message>
        <message>
            <source>This recovery key also unlocks your store if you forget the passphrase. Save or print the recovery sheet now and give it to your team leader or IT for their safe. It is shown only once.</source>
            <translation>Tällä palautusavaimella voit avata tietokannan myös, jos unohdat salalauseen. Tallenna tai tulosta palautusarkki nyt ja anna se tiiminvetäjälle tai IT-tuelle säilytettäväksi kassakaappiin. Avain näytetään vain kerran.</translation>
        </message>
        <message>
            <source>Save recovery sheet (PDF)…</source>
            <translation>Tallenna palautusarkki (PDF)…</translation>
        </message>
        <message>
            <source>Save recovery sheet</source>
            <translation>Tallenna palautusarkki</translation>
        </message>
        <message>
            <source>ipsdesk-recovery-sheet</source>
            <translation>ipsdesk-palautusarkki</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-asiakirjat (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>RecoverySheet</name>
        <message>
            <source>ipsdesk recovery sheet</source>
            <translation>ipsdeskin palautusarkki</translation>
        </message>
        <message>
            <source>This recovery key unlocks the encrypted ipsdesk store of %1 (%2) if the passphrase is forgotten. Keep this sheet in a locked safe of the team leader or IT. Anyone holding it together with the laptop can read the store.</source>
            <translation>Tällä palautusavaimella voi avata käyttäjän %1 (%2) salatun ipsdesk-tietokannan, jos salalause on unohtunut. Säilytä arkkia tiiminvetäjän tai IT-tuen lukitussa kassakaapissa. Kuka tahansa, jolla on sekä tämä arkki että kannettava tietokone, voi lukea tietokannan.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Palautusavain</translation>
        </message>
        <message>
            <source>Made on %1 in folder %2</source>
            <translation>Luotu %1 kansiossa %2</translation>
        </message>
        <message>
            <source>Page %1 / %2</source>
            <translation>Sivu %1 / %2</translation>
        </message>
        <message>
            <source>To use it, type the recovery key in the passphrase field of the unlock screen, then set a new passphrase.</source>
            <translation>Näin käytät avainta: kirjoita palautusavain lukituksen avausnäkymän salalausekenttään ja valitse sitten uusi salalause.</translation>
        </message>
    </context>
    <context>
        <name>Rules</name>
        <message>
            <source>You have %1 active clients; the IPS model recommends at most %2.</source>
            <translation>Sinulla on %1 aktiivista asiakasta; IPS-toimintamallin suositus on enintään %2.</translation>
        </message>
        <message>
            <source>You have %1 active clients; your limit is %2.</source>
            <translation>Sinulla on %1 aktiivista asiakasta; asettamasi yläraja on %2.</translation>
        </message>
        <message>
            <source>A job start is recorded but no benefits counselling before it. The client should get benefits counselling before each job start.</source>
            <translation>Uusi työsuhde on kirjattu alkaneeksi, mutta etuusneuvontaa ei ole kirjattu ennen sitä. Asiakkaan olisi hyvä saada etuusneuvontaa aina ennen uuden työn alkua.</translation>
        </message>
        <message>
            <source>Job search has begun but disclosure has not been discussed. Discuss disclosure before the job search, more than once; it is never required.</source>
            <translation>Työn etsintä on alkanut, mutta sairaudesta kertomisesta ei ole keskusteltu. Keskustelkaa siitä ennen työn etsintää ja useammin kuin kerran; sairaudesta ei koskaan ole pakko kertoa.</translation>
        </message>
        <message>
            <source>No vocational profile meeting yet, %1 days after the agreement. Profiling is usually done in 1-3 meetings within the first month.</source>
            <translation>Sopimuksesta on kulunut %1 päivää, eikä profilointitapaamisia ole vielä kirjattu. Ammatillinen profilointi tehdään yleensä 1–3 tapaamisessa ensimmäisen kuukauden aikana.</translation>
        </message>
        <message>
            <source>%1 profile meetings recorded; profiling is usually done in 1-3 meetings, after which employer contacts begin.</source>
            <translation>Profilointitapaamisia on kirjattu %1; profilointi tehdään yleensä 1–3 tapaamisessa, minkä jälkeen aloitetaan työnantajakontaktit.</translation>
        </message>
        <message>
            <source>%1 days since the agreement and no face-to-face employer contact yet; the target is within %2 days.</source>
            <translation>Sopimuksesta on kulunut %1 päivää, eikä kasvokkaista tapaamista työnantajan kanssa ole vielä ollut; tavoite on %2 päivän kuluessa.</translation>
        </message>
        <message>
            <source>A job starting %1 is recorded, but the client is in phase %2. Once the job has started, move them to in-work support (phase 5), where the follow-along reminders are.</source>
            <translation>Asiakkaalle on kirjattu %1 alkava työsuhde, mutta hän on vaiheessa %2. Kun työ on alkanut, siirrä hänet työsuhteen ylläpitämisen tukeen (vaihe 5), jossa ovat työssä tukemisen muistutukset.</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>ipsdesk closed unexpectedly last time. A crash report without any client data was saved in %1. Your saved work is in the store.</source>
            <translation>ipsdesk sulkeutui edellisellä kerralla odottamatta. Virheraportti ilman asiakastietoja on tallennettu: %1. Tallentamasi tiedot ovat tallessa tietokannassa.</translation>
        </message>
        <message>
            <source>Access log of client %1</source>
            <translation>Asiakkaan %1 tietojen käyttöloki</translation>
        </message>
        <message>
            <source>Every opening, change, export, printout and import of this client's data, as recorded by ipsdesk (Act 703/2023).</source>
            <translation>Kaikki ipsdeskin kirjaamat tämän asiakkaan tietojen avaamiset, muutokset, viennit, tulostukset ja tuonnit (laki 703/2023).</translation>
        </message>
        <message>
            <source>Everything stored about client %1</source>
            <translation>Kaikki asiakkaasta %1 tallennetut tiedot</translation>
        </message>
        <message>
            <source>A complete copy of the data ipsdesk keeps about this client, exported %1.</source>
            <translation>Täydellinen kopio tiedoista, jotka ipsdeskiin on tallennettu tästä asiakkaasta (viety %1).</translation>
        </message>
        <message>
            <source>Nothing recorded.</source>
            <translation>Ei merkintöjä.</translation>
        </message>
        <message>
            <source>Page %1 / %2</source>
            <translation>Sivu %1 / %2</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kuka</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Toimenpide</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>Peruste</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Kohde</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Ajankohta</translation>
        </message>
        <message>
            <source>Basic details</source>
            <translation>Perustiedot</translation>
        </message>
        <message>
            <source>Phase history</source>
            <translation>Vaihehistoria</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Suostumukset</translation>
        </message>
        <message>
            <source>Benefits counselling</source>
            <translation>Etuusneuvonta</translation>
        </message>
        <message>
            <source>Disclosure discussions</source>
            <translation>Keskustelut sairaudesta kertomisesta</translation>
        </message>
        <message>
            <source>Vocational profile</source>
            <translation>Ammatillinen profiili</translation>
        </message>
        <message>
            <source>Profile meetings</source>
            <translation>Profilointitapaamiset</translation>
        </message>
        <message>
            <source>Work history</source>
            <translation>Työhistoria</translation>
        </message>
        <message>
            <source>Job leads</source>
            <translation>Työpaikkavihjeet</translation>
        </message>
        <message>
            <source>Employer contacts for the client</source>
            <translation>Asiakkaaseen liittyvät työnantajakontaktit</translation>
        </message>
        <message>
            <source>Employer support</source>
            <translation>Työnantajan kanssa sovitut tuet</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Työsuhteet</translation>
        </message>
        <message>
            <source>Changes of working hours</source>
            <translation>Työtuntien muutokset</translation>
        </message>
        <message>
            <source>Contact log</source>
            <translation>Yhteydenpito</translation>
        </message>
        <message>
            <source>Action plans</source>
            <translation>Toimintasuunnitelmat</translation>
        </message>
        <message>
            <source>Action plan steps</source>
            <translation>Toimintasuunnitelmien toimenpiteet</translation>
        </message>
        <message>
            <source>Access log</source>
            <translation>Tietojen käyttöloki</translation>
        </message>
        <message>
            <source>Type the client's code exactly to confirm the erasure.</source>
            <translation>Vahvista poisto kirjoittamalla asiakkaan tunnus täsmälleen oikein.</translation>
        </message>
        <message>
            <source>Erasing removes this client and everything recorded about them for good. The access log keeps only that an erasure was made. Backups made before now still contain the client until they are thinned away.</source>
            <translation>Asiakas ja kaikki hänestä kirjatut tiedot poistetaan pysyvästi. Käyttölokiin jää vain tieto siitä, että poisto on tehty. Aiemmin tehdyissä varmuuskopioissa asiakkaan tiedot säilyvät, kunnes vanhat varmuuskopiot karsitaan.</translation>
        </message>
        <message>
            <source>This backup cannot be restored: it is damaged, belongs to another store, or was made by a newer ipsdesk. Nothing was changed.</source>
            <translation>Varmuuskopiota ei voi palauttaa: se on vioittunut, kuuluu toiseen tietokantaan tai on tehty ipsdeskin uudemmalla versiolla. Mitään ei muutettu.</translation>
        </message>
        <message>
            <source>This file is not an ipsdesk backup. Nothing was changed.</source>
            <translation>Tiedosto ei ole ipsdeskin varmuuskopio. Mitään ei muutettu.</translation>
        </message>
        <message>
            <source>This backup is no longer there: it was deleted, or removed to make room for newer backups. Nothing was changed.</source>
            <translation>Varmuuskopiota ei enää ole: se on poistettu tai karsittu uudempien varmuuskopioiden tieltä. Mitään ei muutettu.</translation>
        </message>
        <message>
            <source>This backup cannot be restored: your store's key does not open it, so it belongs to another store (or its first page is damaged). Nothing was changed; choose a backup of this store.</source>
            <translation>Varmuuskopiota ei voi palauttaa: tietokantasi avain ei avaa sitä, joten se kuuluu toiseen tietokantaan (tai sen ensimmäinen sivu on vioittunut). Mitään ei muutettu; valitse tämän tietokannan varmuuskopio.</translation>
        </message>
        <message>
            <source>This backup is damaged and cannot be restored. Nothing was changed; choose an earlier backup.</source>
            <translation>Varmuuskopio on vioittunut eikä sitä voi palauttaa. Mitään ei muutettu; valitse aiempi varmuuskopio.</translation>
        </message>
        <message>
            <source>This backup was made by a newer ipsdesk (schema %1). Update ipsdesk to restore it; nothing was changed.</source>
            <translation>Varmuuskopio on tehty uudemmalla ipsdeskin versiolla (rakenneversio %1). Päivitä ipsdesk palauttaaksesi sen; mitään ei muutettu.</translation>
        </message>
        <message>
            <source>Restoring failed. Your store was not replaced; a backup of it was made first.</source>
            <translation>Palautus epäonnistui. Tietokantaasi ei korvattu, ja siitä otettiin varmuuskopio ennen palautusyritystä.</translation>
        </message>
        <message>
            <source>The backup of %1 was restored.</source>
            <translation>Varmuuskopio (%1) palautettiin.</translation>
        </message>
        <message>
            <source>Your store as it was is kept as backup %1.</source>
            <translation>Tietokannan aiempi sisältö on tallessa varmuuskopiona %1.</translation>
        </message>
        <message>
            <source>ipsdesk is already running with this store (another window or another user session). Close it first; two programs must never write the same store.</source>
            <translation>ipsdesk on jo käynnissä tällä tietokannalla (toisessa ikkunassa tai toisen käyttäjän istunnossa). Sulje se ensin; kaksi ohjelmaa ei saa koskaan kirjoittaa samaan tietokantaan yhtä aikaa.</translation>
        </message>
        <message>
            <source>The disk is full. Nothing was saved and your store is intact. Free some space, then try again.</source>
            <translation>Levy on täynnä. Mitään ei tallennettu, ja tietokantasi on ehjä. Vapauta levytilaa ja yritä uudelleen.</translation>
        </message>
        <message>
            <source>The data folder cannot be written (it is read-only or you lack permission). Your store is intact; nothing was changed.</source>
            <translation>Tietokansioon ei voi kirjoittaa (se on kirjoitussuojattu tai sinulla ei ole siihen oikeuksia). Tietokantasi on ehjä; mitään ei muutettu.</translation>
        </message>
        <message>
            <source>The file could not be written (%1).</source>
            <translation>Tiedostoa ei voitu kirjoittaa (%1).</translation>
        </message>
        <message>
            <source>The action failed; nothing was changed. Details are in the app log.</source>
            <translation>Toiminto epäonnistui; mitään ei muutettu. Tiedot ovat sovelluksen lokissa.</translation>
        </message>
    </context>
    <context>
        <name>SafetyActions</name>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Varmuuskopioi nyt</translation>
        </message>
        <message>
            <source>Backups and &amp;restore…</source>
            <translation>Varmuuskopiot ja &amp;palautus…</translation>
        </message>
        <message>
            <source>Chec&amp;k store</source>
            <translation>&amp;Tarkista tietokanta</translation>
        </message>
        <message>
            <source>Change &amp;passphrase…</source>
            <translation>Vaihda &amp;salalause…</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Varmuuskopiointi epäonnistui</translation>
        </message>
        <message>
            <source>Backup written: %1</source>
            <translation>Varmuuskopio kirjoitettu: %1</translation>
        </message>
        <message>
            <source>Backing up</source>
            <translation>Varmuuskopioidaan</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Palauta varmuuskopio</translation>
        </message>
        <message>
            <source>Restore the backup made %1?

Your store as it is now is backed up first (that backup is kept for at least 30 days), then replaced by this backup. Anything saved after %1 is only in that safety backup. ipsdesk then reopens the store and shows the restored data.</source>
            <translation>Palautetaanko %1 tehty varmuuskopio?

Tietokannan nykyinen tila varmuuskopioidaan ensin (se säilytetään vähintään 30 päivää), ja tietokanta korvataan sitten tällä varmuuskopiolla. Kaikki %1 jälkeen tallennettu on vain tuossa turvavarmuuskopiossa. Sen jälkeen ipsdesk avaa tietokannan uudelleen ja näyttää palautetut tiedot.</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>Palautus epäonnistui</translation>
        </message>
        <message>
            <source>The backup was restored but could not be opened (%1). Close ipsdesk; your store as it was is kept as backup %2.</source>
            <translation>Varmuuskopio palautettiin, mutta sitä ei voitu avata (%1). Sulje ipsdesk; tietokannan aiempi tila on tallessa varmuuskopiona %2.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Varmuuskopio palautettu</translation>
        </message>
        <message>
            <source>The check found problems</source>
            <translation>Tarkistus löysi ongelmia</translation>
        </message>
        <message>
            <source>The store is healthy</source>
            <translation>Tietokanta on kunnossa</translation>
        </message>
        <message>
            <source>The full check found no problems.

%1</source>
            <translation>Täydellinen tarkistus ei löytänyt ongelmia.

%1</translation>
        </message>
        <message>
            <source>Checking the store</source>
            <translation>Tarkistetaan tietokantaa</translation>
        </message>
        <message>
            <source>Passphrase changed</source>
            <translation>Salalause vaihdettu</translation>
        </message>
        <message>
            <source>The passphrase is changed; use the new one from now on. The recovery key still works.</source>
            <translation>Salalause on vaihdettu; käytä tästä lähtien uutta. Palautusavain toimii edelleen.</translation>
        </message>
    </context>
    <context>
        <name>SavedForm</name>
        <message>
            <source>Save</source>
            <translation>Tallenna</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Tallennettu.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Organisation name on documents</source>
            <translation>Organisaation nimi asiakirjoissa</translation>
        </message>
        <message>
            <source>Caseload limit</source>
            <translation>Asiakasmäärän yläraja</translation>
        </message>
        <message>
            <source>Employer contacts per week (target)</source>
            <translation>Työnantajakontakteja viikossa (tavoite)</translation>
        </message>
        <message>
            <source>Days to first face-to-face employer contact</source>
            <translation>Ensimmäinen kasvokkainen työnantajatapaaminen (päivää)</translation>
        </message>
        <message>
            <source>Warn when a client has had no contact for (days)</source>
            <translation>Varoita, jos asiakkaaseen ei ole ollut yhteyttä (päivää)</translation>
        </message>
        <message>
            <source>Lock after idle minutes</source>
            <translation>Lukitse, kun ohjelma on ollut käyttämättä (minuuttia)</translation>
        </message>
        <message>
            <source>Working time (% of full time)</source>
            <translation>Työaika (% kokoaikaisesta)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Kieli</translation>
        </message>
        <message>
            <source>Hub server</source>
            <translation>Tiimitietokannan palvelin</translation>
        </message>
        <message>
            <source>Hub port</source>
            <translation>Tiimitietokannan portti</translation>
        </message>
        <message>
            <source>Hub database</source>
            <translation>Tiimitietokannan nimi</translation>
        </message>
        <message>
            <source>Hub user</source>
            <translation>Tiimitietokannan käyttäjätunnus</translation>
        </message>
        <message>
            <source>Hub password</source>
            <translation>Tiimitietokannan salasana</translation>
        </message>
        <message>
            <source>Hub TLS mode</source>
            <translation>Tiimitietokannan TLS-tila</translation>
        </message>
        <message>
            <source>Hub CA certificate file</source>
            <translation>Tiimitietokannan CA-varmennetiedosto</translation>
        </message>
        <message>
            <source>Last sent to the hub</source>
            <translation>Lähetetty tiimitietokantaan viimeksi</translation>
        </message>
        <message>
            <source>Rows on the hub after the last send</source>
            <translation>Rivejä tiimitietokannassa viimeisen lähetyksen jälkeen</translation>
        </message>
    </context>
    <context>
        <name>SettingsAction</name>
        <message>
            <source>Settings saved.</source>
            <translation>Asetukset tallennettu.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Asetukset</translation>
        </message>
        <message>
            <source>These settings are kept in your encrypted store. A new language applies when ipsdesk is next started.</source>
            <translation>Asetukset säilytetään salatussa tietokannassasi. Uusi kieli tulee käyttöön, kun ipsdesk käynnistetään seuraavan kerran.</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Asetukset…</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Welcome to ipsdesk</source>
            <translation>Tervetuloa käyttämään ipsdeskiä</translation>
        </message>
        <message>
            <source>ipsdesk keeps your clients' data encrypted on this computer. Choose a passphrase: a few unrelated words (at least 8 characters) are easy to remember and hard to guess. You will also get a recovery key to keep in a safe.</source>
            <translation>ipsdesk säilyttää asiakkaidesi tiedot salattuina tällä tietokoneella. Valitse salalause: muutama toisiinsa liittymätön sana (vähintään 8 merkkiä) on helppo muistaa ja vaikea arvata. Saat myös palautusavaimen, joka säilytetään kassakaapissa.</translation>
        </message>
        <message>
            <source>Your name *</source>
            <translation>Nimesi *</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Tiimi</translation>
        </message>
        <message>
            <source>Passphrase *</source>
            <translation>Salalause *</translation>
        </message>
        <message>
            <source>Passphrase again *</source>
            <translation>Salalause uudelleen *</translation>
        </message>
        <message>
            <source>Write your name.</source>
            <translation>Kirjoita nimesi.</translation>
        </message>
        <message>
            <source>Type a passphrase.</source>
            <translation>Kirjoita salalause.</translation>
        </message>
        <message>
            <source>The passphrase must have at least 8 characters.</source>
            <translation>Salalauseessa on oltava vähintään 8 merkkiä.</translation>
        </message>
        <message>
            <source>The passphrase must not begin or end with a space.</source>
            <translation>Salalause ei saa alkaa eikä päättyä välilyöntiin.</translation>
        </message>
        <message>
            <source>The passphrase is too repetitive.</source>
            <translation>Salalauseessa on liikaa toistoa.</translation>
        </message>
        <message>
            <source>The passphrases differ.</source>
            <translation>Salalauseet eivät täsmää.</translation>
        </message>
        <message>
            <source>The store could not be created: %1</source>
            <translation>Tietokantaa ei voitu luoda: %1</translation>
        </message>
    </context>
    <context>
        <name>SimilarDialog</name>
        <message>
            <source>Similar employers</source>
            <translation>Samankaltaiset työnantajat</translation>
        </message>
        <message>
            <source>The register already has employers like “%1”. Is it one of these?</source>
            <translation>Rekisterissä on jo työnantajia, jotka muistuttavat nimeä ”%1”. Onko se jokin näistä?</translation>
        </message>
        <message>
            <source>Open the selected one</source>
            <translation>Avaa valittu</translation>
        </message>
        <message>
            <source>Create “%1” anyway</source>
            <translation>Luo ”%1” silti</translation>
        </message>
    </context>
    <context>
        <name>Sizes</name>
        <message>
            <source>%1 B</source>
            <translation>%1 t</translation>
        </message>
        <message>
            <source>%1 kB</source>
            <translation>%1 kt</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 Mt</translation>
        </message>
        <message>
            <source>%1 GB</source>
            <translation>%1 Gt</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Another fault; a report was written to %1.</source>
            <translation>Uusi virhe; raportti kirjoitettiin kansioon %1.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Jokin meni vikaan</translation>
        </message>
        <message>
            <source>Something went wrong in ipsdesk. What you had saved is in the store, and ipsdesk keeps running; if something looks wrong, close it and start it again. A report without client data was written to %1; IT support may ask for it.</source>
            <translation>ipsdeskissä meni jokin vikaan. Tallentamasi tiedot ovat tietokannassa, ja ipsdesk jatkaa toimintaansa; jos jokin näyttää väärältä, sulje sovellus ja käynnistä se uudelleen. Kansioon %1 kirjoitettiin raportti ilman asiakastietoja; IT-tuki voi pyytää sitä.</translation>
        </message>
        <message>
            <source>Something went wrong in the ipsdesk demo. The demo keeps running; if something looks wrong, close it and start it again. A report without client data was written to %1. That folder is the demo's: it is deleted, with the report, when you close ipsdesk, so copy the report first if IT support wants it.</source>
            <translation>ipsdeskin esittelyversiossa meni jokin vikaan. Esittelyversio jatkaa toimintaansa; jos jokin näyttää väärältä, sulje sovellus ja käynnistä se uudelleen. Kansioon %1 kirjoitettiin raportti ilman asiakastietoja. Kansio kuuluu esittelyversiolle: se poistetaan raportteineen, kun suljet ipsdeskin, joten kopioi raportti ensin talteen, jos IT-tuki tarvitsee sitä.</translation>
        </message>
        <message>
            <source>Building the demo store…</source>
            <translation>Luodaan esittelytietokantaa…</translation>
        </message>
        <message>
            <source>Opening the store…</source>
            <translation>Avataan tietokantaa…</translation>
        </message>
    </context>
    <context>
        <name>StepKind</name>
        <message>
            <source>Education started</source>
            <translation>Aloitti koulutuksen</translation>
        </message>
        <message>
            <source>Work trial</source>
            <translation>Työkokeilu</translation>
        </message>
        <message>
            <source>Volunteering</source>
            <translation>Vapaaehtoistyö</translation>
        </message>
        <message>
            <source>Apprenticeship</source>
            <translation>Oppisopimus</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Muu</translation>
        </message>
    </context>
    <context>
        <name>StepOwner</name>
        <message>
            <source>Client</source>
            <translation>Asiakas</translation>
        </message>
        <message>
            <source>Employment specialist</source>
            <translation>Työhönvalmentaja</translation>
        </message>
        <message>
            <source>Together (client and specialist)</source>
            <translation>Yhdessä (asiakas ja työhönvalmentaja)</translation>
        </message>
        <message>
            <source>Care team</source>
            <translation>Hoitotiimi</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Työnantaja</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Muu</translation>
        </message>
    </context>
    <context>
        <name>StepStatus</name>
        <message>
            <source>Planned</source>
            <translation>Suunniteltu</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Käynnissä</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Tehty</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Ei enää ajankohtainen</translation>
        </message>
    </context>
    <context>
        <name>StepsEditor</name>
        <message>
            <source>Add step</source>
            <translation>Lisää toimenpide</translation>
        </message>
        <message>
            <source>Insert</source>
            <translation>Insert</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Poista toimenpide</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Siirrä ylös</translation>
        </message>
        <message>
            <source>Ctrl+Up</source>
            <translation>Ctrl+Up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Siirrä alas</translation>
        </message>
        <message>
            <source>Ctrl+Down</source>
            <translation>Ctrl+Down</translation>
        </message>
        <message>
            <source>Type or press F2 to edit a cell; Insert adds a step, Delete removes it.</source>
            <translation>Muokkaa solua kirjoittamalla tai F2-näppäimellä; Insert lisää toimenpiteen, Delete poistaa sen.</translation>
        </message>
    </context>
    <context>
        <name>StoreCheck</name>
        <message>
            <source>cannot open the file: %1</source>
            <translation>tiedostoa ei voi avata: %1</translation>
        </message>
        <message>
            <source>cannot read the store: %1</source>
            <translation>tietokantaa ei voi lukea: %1</translation>
        </message>
        <message>
            <source>tables: %1</source>
            <translation>tauluja: %1</translation>
        </message>
        <message>
            <source>integrity_check: ok</source>
            <translation>eheystarkistus: kunnossa</translation>
        </message>
        <message>
            <source>integrity: %1</source>
            <translation>eheysvirhe: %1</translation>
        </message>
        <message>
            <source>foreign_key_check: ok</source>
            <translation>viittausten tarkistus: kunnossa</translation>
        </message>
        <message>
            <source>foreign key: table %1 row %2 -&gt; %3</source>
            <translation>virheellinen viittaus: taulu %1, rivi %2 -&gt; %3</translation>
        </message>
        <message>
            <source>schema: %1 (newest known: %2)</source>
            <translation>tietokannan rakenneversio: %1 (uusin tunnettu: %2)</translation>
        </message>
        <message>
            <source>schema %1 is unknown to this ipsdesk (newer app?)</source>
            <translation>tämä ipsdesk ei tunne tietokannan rakenneversiota %1 (onko tietokanta tehty uudemmalla versiolla?)</translation>
        </message>
        <message>
            <source>The check found damage in the store. It was not changed. Restore the newest good backup (File → Backups and restore, or ipsdesk restore FILE; backups are in %1) or contact IT.</source>
            <translation>Tarkistus löysi tietokannasta vaurioita. Siihen ei tehty muutoksia. Palauta uusin ehjä varmuuskopio (Tiedosto → Varmuuskopiot ja palautus tai ipsdesk restore TIEDOSTO; varmuuskopiot ovat kansiossa %1) tai ota yhteyttä IT-tukeen.</translation>
        </message>
    </context>
    <context>
        <name>StoreErrors</name>
        <message>
            <source>ipsdesk could not start with this store (%1). A log without client data was written; IT support may ask for it.</source>
            <translation>ipsdesk ei voinut käynnistyä tällä tietokannalla (%1). Lokiin kirjattiin tiedot ilman asiakastietoja; IT-tuki voi pyytää sitä.</translation>
        </message>
        <message>
            <source>Wrong passphrase or recovery key. Nothing was changed.</source>
            <translation>Väärä salalause tai palautusavain. Mitään ei muutettu.</translation>
        </message>
        <message>
            <source>This store was saved by a newer version of ipsdesk. Update the app; the store was not changed.</source>
            <translation>Tietokanta on tallennettu ipsdeskin uudemmalla versiolla. Päivitä sovellus; tietokantaan ei tehty muutoksia.</translation>
        </message>
        <message>
            <source>There is no store in %1. Create one with 'ipsdesk init' or by starting the app.</source>
            <translation>Kansiossa %1 ei ole tietokantaa. Luo se komennolla 'ipsdesk init' tai käynnistämällä sovellus.</translation>
        </message>
        <message>
            <source>A store already exists in %1; it was not touched.</source>
            <translation>Kansiossa %1 on jo tietokanta; siihen ei koskettu.</translation>
        </message>
        <message>
            <source>%1 is a file, not a folder. Name the folder of the store (--data-dir); nothing was changed.</source>
            <translation>%1 on tiedosto eikä kansio. Anna tietokannan kansio (--data-dir); mitään ei muutettu.</translation>
        </message>
        <message>
            <source>The store is damaged and cannot be opened. It was not changed. Restore the newest good backup (ipsdesk restore FILE) or contact IT.</source>
            <translation>Tietokanta on vioittunut, eikä sitä voi avata. Siihen ei tehty muutoksia. Palauta uusin ehjä varmuuskopio (ipsdesk restore TIEDOSTO) tai ota yhteyttä IT-tukeen.</translation>
        </message>
        <message>
            <source>Updating the store to this version failed and was undone; the store is as it was.</source>
            <translation>Tietokannan päivitys tähän versioon epäonnistui ja peruttiin; tietokanta on ennallaan.</translation>
        </message>
    </context>
    <context>
        <name>TeamActions</name>
        <message>
            <source>&amp;Team…</source>
            <translation>&amp;Tiimi…</translation>
        </message>
        <message>
            <source>Team &amp;hub…</source>
            <translation>Tiimitieto&amp;kanta…</translation>
        </message>
        <message>
            <source>E&amp;xport team file…</source>
            <translation>V&amp;ie tiimitiedosto…</translation>
        </message>
        <message>
            <source>&amp;Import team files…</source>
            <translation>Tu&amp;o tiimitiedostot…</translation>
        </message>
        <message>
            <source>Export team file</source>
            <translation>Vie tiimitiedosto</translation>
        </message>
        <message>
            <source>Join a team first (Tools → Team…).</source>
            <translation>Liity ensin tiimiin (Työkalut → Tiimi…).</translation>
        </message>
        <message>
            <source>Team file saved: %1 (%2 clients, no names).</source>
            <translation>Tiimitiedosto tallennettu: %1 (%2 asiakasta, ei nimiä).</translation>
        </message>
        <message>
            <source>Import team employer file</source>
            <translation>Tuo tiimin työnantajatiedosto</translation>
        </message>
        <message>
            <source>Team employer register imported: %1 employers.</source>
            <translation>Tiimin työnantajarekisteri tuotu: %1 työnantajaa.</translation>
        </message>
        <message>
            <source>Import team files</source>
            <translation>Tuo tiimitiedostot</translation>
        </message>
        <message>
            <source>Only the team leader imports team files (Tools → Team…).</source>
            <translation>Vain tiiminvetäjä tuo tiimitiedostoja (Työkalut → Tiimi…).</translation>
        </message>
        <message>
            <source>%1: imported %2 (%3 clients).</source>
            <translation>%1: tuotu %2 (%3 asiakasta).</translation>
        </message>
        <message>
            <source>%1: already imported (%2); nothing changed.</source>
            <translation>%1: tuotu jo aiemmin (%2); mikään ei muuttunut.</translation>
        </message>
        <message>
            <source>%1: refused. %2</source>
            <translation>%1: hylätty. %2</translation>
        </message>
        <message>
            <source>Export team employer file</source>
            <translation>Vie tiimin työnantajatiedosto</translation>
        </message>
        <message>
            <source>Team employer file saved: %1 employers, no client data.</source>
            <translation>Tiimin työnantajatiedosto tallennettu: %1 työnantajaa, ei asiakastietoja.</translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <source>Team</source>
            <translation>Tiimi</translation>
        </message>
        <message>
            <source>&amp;Create a team…</source>
            <translation>&amp;Perusta tiimi…</translation>
        </message>
        <message>
            <source>&amp;Join a team…</source>
            <translation>&amp;Liity tiimiin…</translation>
        </message>
        <message>
            <source>&amp;Invite a member…</source>
            <translation>&amp;Kutsu jäsen…</translation>
        </message>
        <message>
            <source>&amp;New invitation for the selected member…</source>
            <translation>&amp;Uusi kutsu valitulle jäsenelle…</translation>
        </message>
        <message>
            <source>&amp;Remove the selected member…</source>
            <translation>P&amp;oista valittu jäsen…</translation>
        </message>
        <message>
            <source>&amp;Export team file…</source>
            <translation>&amp;Vie tiimitiedosto…</translation>
        </message>
        <message>
            <source>I&amp;mport team files…</source>
            <translation>&amp;Tuo tiimitiedostot…</translation>
        </message>
        <message>
            <source>Export team &amp;employer file…</source>
            <translation>Vie tiimin työ&amp;nantajatiedosto…</translation>
        </message>
        <message>
            <source>Import team emp&amp;loyer file…</source>
            <translation>Tuo tiimin &amp;työnantajatiedosto…</translation>
        </message>
        <message>
            <source>You can also drop team files onto this window.</source>
            <translation>Voit myös pudottaa tiimitiedostoja tähän ikkunaan.</translation>
        </message>
        <message>
            <source>This store is not in a team. A team leader creates the team and gives each specialist an invitation file and its code.</source>
            <translation>Tämä tietovarasto ei ole missään tiimissä. Tiiminvetäjä perustaa tiimin ja antaa jokaiselle työhönvalmentajalle kutsutiedoston ja sen koodin.</translation>
        </message>
        <message>
            <source>You lead the team %1 (key generation %2).</source>
            <translation>Olet tiimin %1 tiiminvetäjä (avainten sukupolvi %2).</translation>
        </message>
        <message>
            <source>never</source>
            <translation>ei koskaan</translation>
        </message>
        <message>
            <source>You are a member of the team %1 as %2. Team file last sent: %3.</source>
            <translation>Olet tiimin %1 jäsen nimellä %2. Tiimitiedosto lähetetty viimeksi: %3.</translation>
        </message>
        <message>
            <source>&amp;Join again with a new invitation…</source>
            <translation>&amp;Liity uudelleen uudella kutsulla…</translation>
        </message>
        <message>
            <source>Create a team</source>
            <translation>Perusta tiimi</translation>
        </message>
        <message>
            <source>Team &amp;name</source>
            <translation>Tiimin &amp;nimi</translation>
        </message>
        <message>
            <source>Invite a member</source>
            <translation>Kutsu jäsen</translation>
        </message>
        <message>
            <source>Member's &amp;name</source>
            <translation>Jäsenen &amp;nimi</translation>
        </message>
        <message>
            <source>Save the invitation</source>
            <translation>Tallenna kutsu</translation>
        </message>
        <message>
            <source>Remove %1 from the team? The team gets new keys: %1's files are no longer accepted and %1 cannot read new team employer files. The other members need a new invitation.</source>
            <translation>Poistetaanko %1 tiimistä? Tiimi saa uudet avaimet: tiedostoja ei enää oteta vastaan henkilöltä %1, eikä %1 voi lukea uusia tiimin työnantajatiedostoja. Muut jäsenet tarvitsevat uuden kutsun.</translation>
        </message>
        <message>
            <source>Remove a member</source>
            <translation>Poista jäsen</translation>
        </message>
    </context>
    <context>
        <name>TeamFile</name>
        <message>
            <source>The file is too big to be a team file (%1 MB; at most %2 MB). Nothing was imported.</source>
            <translation>Tiedosto on liian suuri tiimitiedostoksi (%1 Mt; enintään %2 Mt). Mitään ei tuotu.</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>Tiedostoa ei voi lukea: %1</translation>
        </message>
        <message>
            <source>The file contains binary junk (NUL bytes): it is not an ipsdesk team file.</source>
            <translation>Tiedostossa on binääriroskaa (NUL-tavuja): se ei ole ipsdeskin tiimitiedosto.</translation>
        </message>
        <message>
            <source>This is not an ipsdesk team file.</source>
            <translation>Tämä ei ole ipsdeskin tiimitiedosto.</translation>
        </message>
        <message>
            <source>The team file is damaged or cut short (truncated). Ask for a new export.</source>
            <translation>Tiimitiedosto on vioittunut tai katkennut kesken. Pyydä uusi tiedosto.</translation>
        </message>
        <message>
            <source>This is an ipsdesk file of another kind (%1), not what was expected here.</source>
            <translation>Tämä on toisenlainen ipsdeskin tiedosto (%1), ei tähän tarkoitettu.</translation>
        </message>
        <message>
            <source>The file was made by a newer ipsdesk (format version %1). Update ipsdesk.</source>
            <translation>Tiedosto on tehty uudemmalla ipsdeskillä (muotoversio %1). Päivitä ipsdesk.</translation>
        </message>
        <message>
            <source>The file's format version %1 is not supported.</source>
            <translation>Tiedoston muotoversiota %1 ei tueta.</translation>
        </message>
        <message>
            <source>The file belongs to another team (%1), not to this team.</source>
            <translation>Tiedosto kuuluu toiselle tiimille (%1), ei tälle tiimille.</translation>
        </message>
        <message>
            <source>This store is not in a team yet. Create a team or join one first.</source>
            <translation>Tämä tietovarasto ei ole vielä missään tiimissä. Perusta tiimi tai liity tiimiin ensin.</translation>
        </message>
        <message>
            <source>Only the team leader's store can do this.</source>
            <translation>Vain tiiminvetäjän tietovarasto voi tehdä tämän.</translation>
        </message>
        <message>
            <source>The team leader's store does not export team files; it includes its own figures.</source>
            <translation>Tiiminvetäjän tietovarasto ei vie tiimitiedostoja; sen omat luvut ovat mukana suoraan.</translation>
        </message>
        <message>
            <source>The file comes from someone who is not a member of this team.</source>
            <translation>Tiedosto on henkilöltä, joka ei ole tämän tiimin jäsen.</translation>
        </message>
        <message>
            <source>The file comes from a member who has been removed from the team.</source>
            <translation>Tiedosto on jäseneltä, joka on poistettu tiimistä.</translation>
        </message>
        <message>
            <source>The file was made with the team's old keys (generation %1; now %2). The member must join again with a new invitation and export again.</source>
            <translation>Tiedosto on tehty tiimin vanhoilla avaimilla (sukupolvi %1; nyt %2). Jäsenen on liityttävä uudelleen uudella kutsulla ja vietävä tiedosto uudelleen.</translation>
        </message>
        <message>
            <source>The file was made with newer team keys (generation %1; this store has %2). Join again with the newest invitation.</source>
            <translation>Tiedosto on tehty tiimin uudemmilla avaimilla (sukupolvi %1; tässä tietovarastossa %2). Liity uudelleen uusimmalla kutsulla.</translation>
        </message>
        <message>
            <source>The team file has been altered or damaged after it was made (it fails the encryption check). Nothing was imported; ask for a new export.</source>
            <translation>Tiimitiedostoa on muutettu tai se on vioittunut tekemisen jälkeen (salauksen tarkistus ei täsmää). Mitään ei tuotu; pyydä uusi tiedosto.</translation>
        </message>
        <message>
            <source>The team file's checksum does not match its contents. Nothing was imported.</source>
            <translation>Tiimitiedoston tarkistussumma ei vastaa sen sisältöä. Mitään ei tuotu.</translation>
        </message>
        <message>
            <source>The team file's cover does not match its contents. Nothing was imported.</source>
            <translation>Tiimitiedoston kansitiedot eivät vastaa sen sisältöä. Mitään ei tuotu.</translation>
        </message>
        <message>
            <source>A newer team file of %1 (exported %2) is already imported; this older one was not.</source>
            <translation>Uudempi tiimitiedosto henkilöltä %1 (viety %2) on jo tuotu; tätä vanhempaa ei tuotu.</translation>
        </message>
        <message>
            <source>The team file has a wrong or missing value: %1.</source>
            <translation>Tiimitiedostossa on virheellinen tai puuttuva arvo: %1.</translation>
        </message>
        <message>
            <source>The team file has an impossible date: %1 = %2.</source>
            <translation>Tiimitiedostossa on mahdoton päivämäärä: %1 = %2.</translation>
        </message>
        <message>
            <source>The team file has a date in the future: %1 = %2.</source>
            <translation>Tiimitiedostossa on tulevaisuuden päivämäärä: %1 = %2.</translation>
        </message>
        <message>
            <source>The team file lists the client code %1 twice.</source>
            <translation>Tiimitiedostossa on asiakastunnus %1 kahdesti.</translation>
        </message>
        <message>
            <source>The team file refers to a client code it does not list: %1.</source>
            <translation>Tiimitiedosto viittaa asiakastunnukseen, jota siinä ei ole: %1.</translation>
        </message>
        <message>
            <source>In the team file a job ends before it starts (%1).</source>
            <translation>Tiimitiedostossa työsuhde päättyy ennen kuin se alkaa (%1).</translation>
        </message>
        <message>
            <source>In the team file a step toward work ends before it starts (%1).</source>
            <translation>Tiimitiedostossa askel kohti työtä päättyy ennen kuin se alkaa (%1).</translation>
        </message>
        <message>
            <source>The invitation code is wrong, or the invitation file is damaged.</source>
            <translation>Kutsukoodi on väärä tai kutsutiedosto on vioittunut.</translation>
        </message>
        <message>
            <source>This store is already in the team %1. It cannot join another team.</source>
            <translation>Tämä tietovarasto on jo tiimissä %1. Se ei voi liittyä toiseen tiimiin.</translation>
        </message>
        <message>
            <source>This store leads the team %1; a team leader does not join with an invitation.</source>
            <translation>Tämä tietovarasto on tiimin %1 tiiminvetäjän; tiiminvetäjä ei liity kutsulla.</translation>
        </message>
        <message>
            <source>This store is already in the team %1.</source>
            <translation>Tämä tietovarasto on jo tiimissä %1.</translation>
        </message>
        <message>
            <source>There is no member %1 in this team.</source>
            <translation>Tässä tiimissä ei ole jäsentä %1.</translation>
        </message>
        <message>
            <source>Give a name.</source>
            <translation>Anna nimi.</translation>
        </message>
        <message>
            <source>The name is too long: at most %1 characters.</source>
            <translation>Nimi on liian pitkä: enintään %1 merkkiä.</translation>
        </message>
    </context>
    <context>
        <name>TeamHistoryLine</name>
        <message>
            <source>Team: %1 contacts; the last on %2 by %3 (%4).</source>
            <translation>Tiimi: %1 kontaktia; viimeisin %2, %3 (%4).</translation>
        </message>
        <message>
            <source>%1 contacted this employer on %2 (%3). You might agree together who keeps in touch next.</source>
            <translation>%1 oli yhteydessä tähän työnantajaan %2 (%3). Voitte sopia yhdessä, kuka pitää yhteyttä seuraavaksi.</translation>
        </message>
    </context>
    <context>
        <name>TeamPage</name>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Edellinen</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Seuraava ▶</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Tämä viikko</translation>
        </message>
        <message>
            <source>Language of the exported report</source>
            <translation>Viedyn raportin kieli</translation>
        </message>
        <message>
            <source>Language of the exported files</source>
            <translation>Vietävien tiedostojen kieli</translation>
        </message>
        <message>
            <source>Export week…</source>
            <translation>Vie viikko…</translation>
        </message>
        <message>
            <source>The team's figures of the week</source>
            <translation>Tiimin viikon tunnusluvut</translation>
        </message>
        <message>
            <source>Employment specialists of the team</source>
            <translation>Tiimin työhönvalmentajat</translation>
        </message>
        <message>
            <source>The team's employer contacts per week; the red line is the team target.</source>
            <translation>Tiimin työnantajakontaktit viikoittain; punainen viiva on tiimin tavoite.</translation>
        </message>
        <message>
            <source>Team figures</source>
            <translation>Tiimin tunnusluvut</translation>
        </message>
        <message>
            <source>Specialists (for the team's own meeting, not a ranking)</source>
            <translation>Työhönvalmentajat (tiimin omaan palaveriin, ei paremmuusjärjestys)</translation>
        </message>
        <message>
            <source>Team employer contacts, last 12 weeks</source>
            <translation>Tiimin työnantajakontaktit, viimeiset 12 viikkoa</translation>
        </message>
        <message>
            <source>&lt;span style='color:#2e7d32'&gt;■&lt;/span&gt; face-to-face  &lt;span style='color:#9ccc65'&gt;■&lt;/span&gt; other  &lt;span style='color:#c62828'&gt;- -&lt;/span&gt; target</source>
            <translation>&lt;span style='color:#2e7d32'&gt;■&lt;/span&gt; kasvokkain  &lt;span style='color:#9ccc65'&gt;■&lt;/span&gt; muu  &lt;span style='color:#c62828'&gt;- -&lt;/span&gt; tavoite</translation>
        </message>
        <message>
            <source>People working, last 12 weeks</source>
            <translation>Työssä olevat, viimeiset 12 viikkoa</translation>
        </message>
        <message>
            <source>This store (team files)</source>
            <translation>Tämä tietovarasto (tiimitiedostot)</translation>
        </message>
        <message>
            <source>Team hub</source>
            <translation>Tiimitietokanta</translation>
        </message>
        <message>
            <source>Where the figures come from: the team files imported into this store, or the team hub set up in Tools → Team hub.</source>
            <translation>Mistä luvut tulevat: tähän tietovarastoon tuoduista tiimitiedostoista tai tiimitietokannasta, joka on määritetty kohdassa Työkalut → Tiimitietokanta.</translation>
        </message>
        <message>
            <source>S&amp;ource:</source>
            <translation>&amp;Lähde:</translation>
        </message>
        <message>
            <source>Every team visible to this account</source>
            <translation>Kaikki tälle käyttäjätunnukselle näkyvät tiimit</translation>
        </message>
        <message>
            <source>On the team hub: one team, or every team this hub account may read (the county coordinator sees every team, a team leader their own).</source>
            <translation>Tiimitietokannassa: yksi tiimi tai kaikki tiimit, joiden tietoja tämä käyttäjätunnus saa lukea (hyvinvointialueen koordinaattori näkee kaikki tiimit, tiiminvetäjä oman tiiminsä).</translation>
        </message>
        <message>
            <source>Te&amp;am:</source>
            <translation>T&amp;iimi:</translation>
        </message>
        <message>
            <source>Team %1 (%2, this store's team)</source>
            <translation>Tiimi %1 (%2, tämän tietovaraston tiimi)</translation>
        </message>
        <message>
            <source>Team %1</source>
            <translation>Tiimi %1</translation>
        </message>
        <message>
            <source>Period outcome report</source>
            <translation>Jakson tulosraportti</translation>
        </message>
        <message>
            <source>Period from</source>
            <translation>Jakso alkaen</translation>
        </message>
        <message>
            <source>Period to</source>
            <translation>Jakso päättyen</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Näytä</translation>
        </message>
        <message>
            <source>Export period…</source>
            <translation>Vie jakso…</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Alkaen</translation>
        </message>
        <message>
            <source>to</source>
            <translation>–</translation>
        </message>
        <message>
            <source>Reading the team hub…</source>
            <translation>Luetaan tiimitietokantaa…</translation>
        </message>
        <message>
            <source>Reading the team hub</source>
            <translation>Luetaan tiimitietokantaa</translation>
        </message>
        <message>
            <source>Team week %1 / %2 (%3–%4)</source>
            <translation>Tiimin viikko %1 / %2 (%3–%4)</translation>
        </message>
        <message>
            <source>this week</source>
            <translation>tämä viikko</translation>
        </message>
        <message>
            <source>Clients by phase: %1</source>
            <translation>Asiakkaat vaiheittain: %1</translation>
        </message>
        <message>
            <source>Missing or old files: %1</source>
            <translation>Puuttuvat tai vanhat tiedostot: %1</translation>
        </message>
        <message>
            <source>Every specialist's file covers the week.</source>
            <translation>Jokaisen työhönvalmentajan tiedosto kattaa viikon.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Jakso</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>Jakso päättyy ennen kuin se alkaa.</translation>
        </message>
        <message>
            <source>Building the report</source>
            <translation>Raporttia laaditaan</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>Vie raportti</translation>
        </message>
        <message>
            <source>PDF document (*.pdf);;CSV table (*.csv)</source>
            <translation>PDF-asiakirja (*.pdf);;CSV-taulukko (*.csv)</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Kirjoitettu: %1</translation>
        </message>
        <message>
            <source>team-week-%1.pdf</source>
            <translation>tiimin-viikko-%1.pdf</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>Viedään</translation>
        </message>
        <message>
            <source>outcomes-%1-%2.pdf</source>
            <translation>tulokset-%1-%2.pdf</translation>
        </message>
        <message>
            <source>&amp;Team</source>
            <translation>&amp;Tiimi</translation>
        </message>
    </context>
    <context>
        <name>TeamReport</name>
        <message>
            <source>Finnish IPS reports (seeds)</source>
            <translation>Suomen IPS-raportit</translation>
        </message>
        <message>
            <source>IPS Grow (UK)</source>
            <translation>IPS Grow (Iso-Britannia)</translation>
        </message>
        <message>
            <source>IPS Employment Center (US)</source>
            <translation>IPS Employment Center (Yhdysvallat)</translation>
        </message>
        <message>
            <source>IPS fidelity scale</source>
            <translation>IPS-menetelmäuskollisuusmittari</translation>
        </message>
        <message>
            <source>Caseload</source>
            <translation>Asiakasmäärä</translation>
        </message>
        <message>
            <source>Clients with an agreement whose service has not ended by the end of the week; target 20 per full-time specialist (scaled by working time).</source>
            <translation>Asiakkaat, joilla on yhteistyösopimus ja joiden palvelu ei ole päättynyt viikon loppuun mennessä; tavoite enintään 20 kokoaikaista työhönvalmentajaa kohden (suhteutettuna työaikaan).</translation>
        </message>
        <message>
            <source>Clients in phase</source>
            <translation>Asiakkaat vaiheittain</translation>
        </message>
        <message>
            <source>Clients in service at the end of the week by the phase they were in then (the last phase move on or before that day).</source>
            <translation>Palvelussa viikon lopussa olevat asiakkaat sen vaiheen mukaan, jossa he silloin olivat (viimeisin vaihesiirto sinä päivänä tai ennen sitä).</translation>
        </message>
        <message>
            <source>Employer contacts</source>
            <translation>Työnantajakontaktit</translation>
        </message>
        <message>
            <source>Employer contacts of the week, all modes; target 6 per full-time specialist a week.</source>
            <translation>Viikon työnantajakontaktit kaikilla tavoilla; tavoite vähintään 6 viikossa kokoaikaista työhönvalmentajaa kohden.</translation>
        </message>
        <message>
            <source>Face-to-face employer contacts</source>
            <translation>Kasvokkaiset työnantajakontaktit</translation>
        </message>
        <message>
            <source>Employer contacts of the week met in person (fidelity item 17 counts these).</source>
            <translation>Viikon työnantajakontaktit, joissa tavattiin kasvokkain (menetelmäuskollisuusmittarin kohta 17 laskee nämä).</translation>
        </message>
        <message>
            <source>New agreements</source>
            <translation>Uudet yhteistyösopimukset</translation>
        </message>
        <message>
            <source>Clients whose cooperation agreement is dated in the week.</source>
            <translation>Asiakkaat, joiden yhteistyösopimus on päivätty viikolle.</translation>
        </message>
        <message>
            <source>First face-to-face employer contacts</source>
            <translation>Ensimmäiset kasvokkaiset työnantajakontaktit</translation>
        </message>
        <message>
            <source>Clients whose first face-to-face employer contact on their behalf was in the week.</source>
            <translation>Asiakkaat, joiden puolesta tehtiin ensimmäinen kasvokkainen työnantajakontakti viikon aikana.</translation>
        </message>
        <message>
            <source>of which within 30 days</source>
            <translation>joista 30 päivän sisällä</translation>
        </message>
        <message>
            <source>First face-to-face employer contacts at most 30 days after the agreement (seeds: within one month; fidelity item 15).</source>
            <translation>Ensimmäiset kasvokkaiset työnantajakontaktit enintään 30 päivää yhteistyösopimuksesta (kuukauden sisällä; menetelmäuskollisuusmittarin kohta 15).</translation>
        </message>
        <message>
            <source>Median days to first contact</source>
            <translation>Päiviä ensimmäiseen kontaktiin (mediaani)</translation>
        </message>
        <message>
            <source>Median of the days from the agreement to the first face-to-face employer contact, over the week's first contacts.</source>
            <translation>Päivien mediaani yhteistyösopimuksesta ensimmäiseen kasvokkaiseen työnantajakontaktiin viikon ensimmäisistä kontakteista.</translation>
        </message>
        <message>
            <source>Job starts</source>
            <translation>Alkaneet työsuhteet</translation>
        </message>
        <message>
            <source>Jobs (all kinds) starting in the week.</source>
            <translation>Viikolla alkaneet työsuhteet (kaikki).</translation>
        </message>
        <message>
            <source>Job ends</source>
            <translation>Päättyneet työsuhteet</translation>
        </message>
        <message>
            <source>Jobs ending in the week.</source>
            <translation>Viikolla päättyneet työsuhteet.</translation>
        </message>
        <message>
            <source>People working</source>
            <translation>Työssä olevat</translation>
        </message>
        <message>
            <source>Unique persons with an open-market job on the last day of the week.</source>
            <translation>Henkilöt, joilla on työsuhde avoimilla työmarkkinoilla viikon viimeisenä päivänä, kukin kerran.</translation>
        </message>
        <message>
            <source>of whom with wage subsidy</source>
            <translation>joista palkkatuella</translation>
        </message>
        <message>
            <source>Persons working on the last day of the week whose open-market job has a wage subsidy.</source>
            <translation>Viikon viimeisenä päivänä työssä olevat, joiden työsuhteeseen avoimilla työmarkkinoilla liittyy palkkatuki.</translation>
        </message>
        <message>
            <source>Follow-along contacts due</source>
            <translation>Erääntyneet työsuhteen tukikäynnit</translation>
        </message>
        <message>
            <source>Persons in work in the week who are due a follow-along contact: weekly in the first month of the job, then when 30 days have passed since the last one (fidelity item 23).</source>
            <translation>Viikolla työssä olevat, joille kuuluu työsuhteen ylläpitämisen tukikontakti: ensimmäisen työkuukauden ajan viikoittain, sen jälkeen kun edellisestä on kulunut 30 päivää (menetelmäuskollisuusmittarin kohta 23).</translation>
        </message>
        <message>
            <source>Follow-along contacts done</source>
            <translation>Toteutuneet työsuhteen tukikäynnit</translation>
        </message>
        <message>
            <source>Of the persons due a follow-along contact, those who had one in the week.</source>
            <translation>Niistä, joille tukikontakti kuului, ne, joiden kanssa se toteutui viikolla.</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Ohjautuneet</translation>
        </message>
        <message>
            <source>Persons referred in the period (by the referral date).</source>
            <translation>Jaksolla palveluun ohjautuneet henkilöt (ohjautumispäivän mukaan).</translation>
        </message>
        <message>
            <source>Referrals without an agreement</source>
            <translation>Ohjautuneet ilman yhteistyösopimusta</translation>
        </message>
        <message>
            <source>Persons referred in the period with no agreement by the end of the period (seeds: contacts that did not lead to an agreement).</source>
            <translation>Jaksolla ohjautuneet, joiden kanssa ei ollut tehty yhteistyösopimusta jakson loppuun mennessä (yhteydenotot, jotka eivät johtaneet sopimukseen).</translation>
        </message>
        <message>
            <source>Persons whose cooperation agreement is dated in the period.</source>
            <translation>Henkilöt, joiden yhteistyösopimus on päivätty jaksolle.</translation>
        </message>
        <message>
            <source>Persons with an agreement in service</source>
            <translation>Palvelussa olleet sopimusasiakkaat</translation>
        </message>
        <message>
            <source>Persons with an agreement made by the end of the period whose service had not ended before it began; each person once.</source>
            <translation>Henkilöt, joiden yhteistyösopimus oli tehty jakson loppuun mennessä ja joiden palvelu ei ollut päättynyt ennen jakson alkua; kukin kerran.</translation>
        </message>
        <message>
            <source>Persons employed (open labour market)</source>
            <translation>Työllistyneet henkilöt (avoimet työmarkkinat)</translation>
        </message>
        <message>
            <source>Unique persons who started an open-market job in the period, with or without wage subsidy; a person with several jobs is counted once.</source>
            <translation>Henkilöt, joiden työsuhde avoimilla työmarkkinoilla alkoi jaksolla, palkkatuella tai ilman; usean työsuhteen henkilö lasketaan kerran.</translation>
        </message>
        <message>
            <source>Persons employed without wage subsidy</source>
            <translation>Työllistyneet ilman palkkatukea</translation>
        </message>
        <message>
            <source>Unique persons who started an open-market job without wage subsidy in the period.</source>
            <translation>Henkilöt, joiden työsuhde avoimilla työmarkkinoilla ilman palkkatukea alkoi jaksolla.</translation>
        </message>
        <message>
            <source>Persons employed with wage subsidy</source>
            <translation>Työllistyneet palkkatuella</translation>
        </message>
        <message>
            <source>Unique persons who started an open-market job with wage subsidy in the period.</source>
            <translation>Henkilöt, joiden palkkatuettu työsuhde avoimilla työmarkkinoilla alkoi jaksolla.</translation>
        </message>
        <message>
            <source>Persons who worked in the period</source>
            <translation>Jaksolla työssä olleet</translation>
        </message>
        <message>
            <source>Unique persons with an open-market job on any day of the period (also jobs started earlier).</source>
            <translation>Henkilöt, joilla oli työsuhde avoimilla työmarkkinoilla jonakin jakson päivänä (myös aiemmin alkaneet työsuhteet).</translation>
        </message>
        <message>
            <source>Employment relationships started</source>
            <translation>Alkaneet työsuhteet</translation>
        </message>
        <message>
            <source>Jobs started in the period, second and third jobs of a person included.</source>
            <translation>Jaksolla alkaneet työsuhteet, myös saman henkilön toinen ja kolmas työsuhde.</translation>
        </message>
        <message>
            <source>of which on the open labour market</source>
            <translation>joista avoimilla työmarkkinoilla</translation>
        </message>
        <message>
            <source>Jobs started in the period on the open labour market.</source>
            <translation>Jaksolla alkaneet työsuhteet avoimilla työmarkkinoilla.</translation>
        </message>
        <message>
            <source>Moved to education</source>
            <translation>Siirtyi koulutukseen</translation>
        </message>
        <message>
            <source>Unique persons who started education in the period.</source>
            <translation>Henkilöt, jotka aloittivat koulutuksen jaksolla.</translation>
        </message>
        <message>
            <source>Moved to a work trial</source>
            <translation>Siirtyi työkokeiluun</translation>
        </message>
        <message>
            <source>Unique persons who started a work trial in the period.</source>
            <translation>Henkilöt, jotka aloittivat työkokeilun jaksolla.</translation>
        </message>
        <message>
            <source>Moved to volunteering</source>
            <translation>Siirtyi vapaaehtoistyöhön</translation>
        </message>
        <message>
            <source>Unique persons who started volunteering in the period.</source>
            <translation>Henkilöt, jotka aloittivat vapaaehtoistyön jaksolla.</translation>
        </message>
        <message>
            <source>Moved to an apprenticeship</source>
            <translation>Siirtyi oppisopimuskoulutukseen</translation>
        </message>
        <message>
            <source>Unique persons who started an apprenticeship in the period.</source>
            <translation>Henkilöt, jotka aloittivat oppisopimuskoulutuksen jaksolla.</translation>
        </message>
        <message>
            <source>Moved to another step toward work</source>
            <translation>Siirtyi muuhun työhön johtavaan vaiheeseen</translation>
        </message>
        <message>
            <source>Unique persons who started another step toward work in the period.</source>
            <translation>Henkilöt, jotka aloittivat muun työhön johtavan vaiheen jaksolla.</translation>
        </message>
        <message>
            <source>Employment rate</source>
            <translation>Työllistymisaste</translation>
        </message>
        <message>
            <source>Persons employed ÷ persons with an agreement in service (Finland 2023–24: 38 %; international benchmark about 37–41 %).</source>
            <translation>Työllistyneet ÷ palvelussa olleet sopimusasiakkaat (Suomi 2023–24: 38 %; kansainvälinen vertailutaso noin 37–41 %).</translation>
        </message>
        <message>
            <source>Employment rate without wage subsidy</source>
            <translation>Työllistymisaste ilman palkkatukea</translation>
        </message>
        <message>
            <source>Persons employed without wage subsidy ÷ persons with an agreement in service (Finland 2023–24: 21 %).</source>
            <translation>Ilman palkkatukea työllistyneet ÷ palvelussa olleet sopimusasiakkaat (Suomi 2023–24: 21 %).</translation>
        </message>
        <message>
            <source>Employment rate of out-of-work clients</source>
            <translation>Työttömänä aloittaneiden työllistymisaste</translation>
        </message>
        <message>
            <source>Persons employed ÷ persons in service who were not in work at referral (IPS Grow since 2024; benchmark 40 %).</source>
            <translation>Työllistyneet ÷ palvelussa olleet, jotka eivät olleet työssä ohjautuessaan (IPS Grow vuodesta 2024; vertailutaso 40 %).</translation>
        </message>
        <message>
            <source>Share already in work at referral</source>
            <translation>Ohjautuessaan jo työssä olleiden osuus</translation>
        </message>
        <message>
            <source>Persons in service who were in work when referred ÷ persons in service (IPS Grow: at most 15 %).</source>
            <translation>Ohjautuessaan työssä olleet palvelussa olleet ÷ kaikki palvelussa olleet (IPS Grow: enintään 15 %).</translation>
        </message>
        <message>
            <source>Severe mental illness: in service</source>
            <translation>Vakava mielenterveyden häiriö: palvelussa</translation>
        </message>
        <message>
            <source>Persons in service with a severe mental illness.</source>
            <translation>Palvelussa olleet, joilla on vakava mielenterveyden häiriö.</translation>
        </message>
        <message>
            <source>Severe mental illness: employed</source>
            <translation>Vakava mielenterveyden häiriö: työllistyneet</translation>
        </message>
        <message>
            <source>Persons employed with a severe mental illness.</source>
            <translation>Työllistyneet, joilla on vakava mielenterveyden häiriö.</translation>
        </message>
        <message>
            <source>Severe mental illness: employment rate</source>
            <translation>Vakava mielenterveyden häiriö: työllistymisaste</translation>
        </message>
        <message>
            <source>Employment rate of persons with a severe mental illness.</source>
            <translation>Työllistymisaste henkilöillä, joilla on vakava mielenterveyden häiriö.</translation>
        </message>
        <message>
            <source>Other diagnoses: in service</source>
            <translation>Muut diagnoosit: palvelussa</translation>
        </message>
        <message>
            <source>Persons in service without a severe mental illness.</source>
            <translation>Palvelussa olleet, joilla ei ole vakavaa mielenterveyden häiriötä.</translation>
        </message>
        <message>
            <source>Other diagnoses: employed</source>
            <translation>Muut diagnoosit: työllistyneet</translation>
        </message>
        <message>
            <source>Persons employed without a severe mental illness.</source>
            <translation>Työllistyneet, joilla ei ole vakavaa mielenterveyden häiriötä.</translation>
        </message>
        <message>
            <source>Other diagnoses: employment rate</source>
            <translation>Muut diagnoosit: työllistymisaste</translation>
        </message>
        <message>
            <source>Employment rate of persons without a severe mental illness.</source>
            <translation>Työllistymisaste henkilöillä, joilla ei ole vakavaa mielenterveyden häiriötä.</translation>
        </message>
        <message>
            <source>Team week %1</source>
            <translation>Tiimin viikko %1</translation>
        </message>
        <message>
            <source>Outcome report %1 – %2</source>
            <translation>Tulosraportti %1–%2</translation>
        </message>
        <message>
            <source>%1, week %2 (%3 – %4). Created %5.</source>
            <translation>%1, viikko %2 (%3–%4). Laadittu %5.</translation>
        </message>
        <message>
            <source>%1, %2 – %3. Created %4. Specialists included: %5.</source>
            <translation>%1, %2–%3. Laadittu %4. Mukana työhönvalmentajia: %5.</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Tunnusluku</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Arvo</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Tavoite</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Yksikkö</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Määritelmä</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Lähde</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Viikko</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Alkaen</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Päättyen</translation>
        </message>
        <message>
            <source>Specialist</source>
            <translation>Työhönvalmentaja</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Tiimi</translation>
        </message>
        <message>
            <source>File of</source>
            <translation>Tiedosto päivältä</translation>
        </message>
        <message>
            <source>File missing or older than the week</source>
            <translation>Tiedosto puuttuu tai on viikkoa vanhempi</translation>
        </message>
        <message>
            <source>no file</source>
            <translation>ei tiedostoa</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>kyllä</translation>
        </message>
        <message>
            <source>no</source>
            <translation>ei</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>days</source>
            <translation>päivää</translation>
        </message>
        <message>
            <source>persons</source>
            <translation>henkilöä</translation>
        </message>
        <message>
            <source>count</source>
            <translation>lukumäärä</translation>
        </message>
        <message>
            <source>Clients in phase %1</source>
            <translation>Asiakkaita vaiheessa %1</translation>
        </message>
        <message>
            <source>Specialists</source>
            <translation>Työhönvalmentajat</translation>
        </message>
        <message>
            <source>Clients by phase</source>
            <translation>Asiakkaat vaiheittain</translation>
        </message>
        <message>
            <source>Team figures</source>
            <translation>Tiimin tunnusluvut</translation>
        </message>
        <message>
            <source>The last 12 weeks</source>
            <translation>Viimeiset 12 viikkoa</translation>
        </message>
        <message>
            <source>Team employer contacts and target</source>
            <translation>Tiimin työnantajakontaktit ja tavoite</translation>
        </message>
        <message>
            <source>Definitions</source>
            <translation>Määritelmät</translation>
        </message>
        <message>
            <source>Dark bars: all contacts · light bars: face-to-face · red line: target</source>
            <translation>Tummat pylväät: kaikki kontaktit · vaaleat: kasvokkaiset · punainen viiva: tavoite</translation>
        </message>
        <message>
            <source>Missing or old files: %1</source>
            <translation>Puuttuvat tai vanhat tiedostot: %1</translation>
        </message>
        <message>
            <source>Every specialist's file covers the week.</source>
            <translation>Jokaisen työhönvalmentajan tiedosto kattaa viikon.</translation>
        </message>
        <message>
            <source>Page %1 / %2</source>
            <translation>Sivu %1 / %2</translation>
        </message>
        <message>
            <source>Results are followed at team level; the specialists' rows are for the team's own meeting, not a ranking.</source>
            <translation>Tuloksia seurataan tiimin tasolla; työhönvalmentajakohtaiset rivit ovat tiimin omaa palaveria varten, eivät paremmuusjärjestys.</translation>
        </message>
    </context>
    <context>
        <name>TextDialog</name>
        <message>
            <source>Give a name.</source>
            <translation>Anna nimi.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Unlock ipsdesk</source>
            <translation>Avaa ipsdeskin lukitus</translation>
        </message>
        <message>
            <source>Type your passphrase. If you have forgotten it, type the recovery key from the recovery sheet.</source>
            <translation>Kirjoita salalauseesi. Jos olet unohtanut sen, kirjoita palautusarkissa oleva palautusavain.</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>Avataan…</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>Choose why the service ends.</source>
            <translation>Valitse palvelun päättymisen syy.</translation>
        </message>
        <message>
            <source>Cannot be before the previous phase change (%1).</source>
            <translation>Ei voi olla aiempi kuin edellinen vaihemuutos (%1).</translation>
        </message>
        <message>
            <source>The client is already in phase %1; choose another phase.</source>
            <translation>Asiakas on jo vaiheessa %1; valitse toinen vaihe.</translation>
        </message>
        <message>
            <source>Too long: at most %1 characters.</source>
            <translation>Liian pitkä: enintään %1 merkkiä.</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>Tämä kenttä on pakollinen.</translation>
        </message>
        <message>
            <source>Not a valid date.</source>
            <translation>Päivämäärä ei kelpaa.</translation>
        </message>
        <message>
            <source>The date is implausibly far in the past.</source>
            <translation>Päivämäärä on epäuskottavan kaukana menneisyydessä.</translation>
        </message>
        <message>
            <source>The date is in the future.</source>
            <translation>Päivämäärä on tulevaisuudessa.</translation>
        </message>
        <message>
            <source>The date is more than a year ahead.</source>
            <translation>Päivämäärä on yli vuoden päässä tulevaisuudessa.</translation>
        </message>
        <message>
            <source>Cannot be before %1.</source>
            <translation>Ei voi olla aiempi kuin %1.</translation>
        </message>
        <message>
            <source>Must be a number between %1 and %2.</source>
            <translation>Anna luku väliltä %1–%2.</translation>
        </message>
        <message>
            <source>Not a number: type digits, e.g. %1.</source>
            <translation>Ei ole luku: kirjoita numeroina, esim. %1.</translation>
        </message>
        <message>
            <source>Type a whole number.</source>
            <translation>Kirjoita kokonaisluku.</translation>
        </message>
        <message>
            <source>Choose one of the options.</source>
            <translation>Valitse jokin vaihtoehdoista.</translation>
        </message>
        <message>
            <source>The next review cannot be in the past.</source>
            <translation>Seuraavan tarkistuksen päivämäärä ei voi olla menneisyydessä.</translation>
        </message>
        <message>
            <source>Cannot be before the previous version of the plan (%1).</source>
            <translation>Ei voi olla aiempi kuin suunnitelman edellinen versio (%1).</translation>
        </message>
        <message>
            <source>At most %1 steps.</source>
            <translation>Enintään %1 toimenpidettä.</translation>
        </message>
        <message>
            <source>%1 in the register already has this Y-tunnus; a Y-tunnus identifies one employer.</source>
            <translation>Rekisterissä olevalla työnantajalla %1 on jo tämä Y-tunnus; Y-tunnus yksilöi yhden työnantajan.</translation>
        </message>
    </context>
    <context>
        <name>Week</name>
        <message>
            <source>Week %1</source>
            <translation>vko %1</translation>
        </message>
        <message>
            <source>Week %1/%2</source>
            <translation>vko %1/%2</translation>
        </message>
        <message>
            <source>Employer contacts</source>
            <translation>Työnantajakontaktit</translation>
        </message>
        <message>
            <source>Face-to-face</source>
            <translation>Kasvokkain</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Muut</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Tavoite</translation>
        </message>
        <message>
            <source>Target met</source>
            <translation>Tavoite saavutettu</translation>
        </message>
        <message>
            <source>Target not met</source>
            <translation>Tavoitetta ei saavutettu</translation>
        </message>
    </context>
    <context>
        <name>WeekPage</name>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Edellinen</translation>
        </message>
        <message>
            <source>Previous week (Alt+Page Up)</source>
            <translation>Edellinen viikko (Alt+Page Up)</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Seuraava ▶</translation>
        </message>
        <message>
            <source>Next week (Alt+Page Down)</source>
            <translation>Seuraava viikko (Alt+Page Down)</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Tämä viikko</translation>
        </message>
        <message>
            <source>Log contact… (Ctrl+E)</source>
            <translation>Kirjaa kontakti… (Ctrl+E)</translation>
        </message>
        <message>
            <source>Employer contacts per week; the red line is the target.</source>
            <translation>Työnantajakontaktit viikoittain; punainen viiva on tavoite.</translation>
        </message>
        <message>
            <source>Last 12 weeks</source>
            <translation>Viimeiset 12 viikkoa</translation>
        </message>
        <message>
            <source>&lt;span style='color:#2e7d32'&gt;■&lt;/span&gt; face-to-face  &lt;span style='color:#9ccc65'&gt;■&lt;/span&gt; other  &lt;span style='color:#c62828'&gt;- -&lt;/span&gt; target</source>
            <translation>&lt;span style='color:#2e7d32'&gt;■&lt;/span&gt; kasvokkain  &lt;span style='color:#9ccc65'&gt;■&lt;/span&gt; muut  &lt;span style='color:#c62828'&gt;- -&lt;/span&gt; tavoite</translation>
        </message>
        <message>
            <source>Contacts this week</source>
            <translation>Kontaktit tällä viikolla</translation>
        </message>
        <message>
            <source>What is due</source>
            <translation>Tehtävää</translation>
        </message>
        <message>
            <source>Week %1 / %2 (%3–%4)</source>
            <translation>Vko %1 / %2 (%3–%4)</translation>
        </message>
        <message>
            <source>this week</source>
            <translation>tämä viikko</translation>
        </message>
        <message>
            <source>Face-to-face %1 · other %2
%3 (target %4)</source>
            <translation>Kasvokkain %1 · muut %2
%3 (tavoite %4)</translation>
        </message>
        <message>
            <source>Contacts in week %1 (%2)</source>
            <translation>Kontaktit viikolla %1 (%2)</translation>
        </message>
        <message>
            <source>What is due (%1, overdue %2)</source>
            <translation>Tehtävää (%1, myöhässä %2)</translation>
        </message>
        <message>
            <source>&amp;Week</source>
            <translation>&amp;Viikko</translation>
        </message>
    </context>
</TS>
