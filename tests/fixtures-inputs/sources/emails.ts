// The e-mail fixtures' text, written out as a mail program would save them (make-fixtures.ts encodes and
// assembles them). Invented organisations and people; example.* domains only.

export const FORWARDED_TEXT = `Hi, this one looks good for Thursday's page. -- M.

---------- Forwarded message ---------
From: Lena Fischer <lena.fischer@rheinfaehre.example>
Date: Mon, 9 Mar 2026 08:15:00 +0100
Subject: Press release: Rhine ferry Kaub–Engelsburg returns to service after flood repairs
To: Marco Ruiz <m.ruiz@newsroom.example>

PRESS RELEASE

Rhine ferry Kaub–Engelsburg returns to service after flood repairs

KAUB, 9 March 2026 – The car ferry between Kaub and Engelsburg will carry passengers and vehicles again from Saturday, 14 March, after eleven weeks of repairs to its landing stages, which were damaged by the January flood. Rheinfähre Mittelrhein GmbH invested 1.4 million euros in new ramps and a raised waiting area on the Kaub side.

"Our regular passengers have been patient: commuters have driven a 40-kilometre detour since January," said managing director Jörg Baumann. "From Saturday the ferry runs every 20 minutes again, from 6 a.m. to 9 p.m."

The ferry is the only crossing of the Rhine between Koblenz and Mainz that runs all year. It carries around 1,800 vehicles a day in summer.

About Rheinfähre Mittelrhein
Rheinfähre Mittelrhein GmbH runs four car ferries on the Middle Rhine and employs 38 people.

Press contact:
Lena Fischer
Head of Communications
Phone: +49 6774 91 88 20
lena.fischer@rheinfaehre.example
`;

export const NEWSROOM_HTML = `<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Newsletter</title></head>
<body>
<table width="100%"><tr><td>
<p style="font-size:12px">Pressemitteilung</p>
<h1>Stadtbibliothek Görlitz öffnet sonntags – Pilotprojekt für zwei Jahre</h1>
<p><strong>Görlitz, 2. April 2026</strong> – Die Stadtbibliothek Görlitz öffnet ab dem 3. Mai 2026 auch sonntags von 11 bis 17 Uhr. Das Pilotprojekt läuft zwei Jahre und wird vom Freistaat Sachsen mit 380.000 Euro gefördert.</p>
<p>„Sonntags haben Familien Zeit – und genau dann war die Bibliothek bisher zu“, sagte Bürgermeisterin Sabine Krüger. Ausleihe und Rückgabe laufen am Sonntag über Selbstverbuchungsautomaten; für Beratung sind zwei Mitarbeitende im Haus.</p>
<p>Die Bibliothek zählt rund 210.000 Besuche im Jahr. Eine Befragung im Herbst 2025 hatte ergeben, dass sich 64 Prozent der Nutzerinnen und Nutzer Öffnungszeiten am Wochenende wünschen.</p>
<h2>Pressekontakt</h2>
<p>Stadtverwaltung Görlitz<br>Pressestelle<br>
Pressesprecher: Tobias Wendt<br>
Telefon: 03581 67-1230<br>
E-Mail: <a href="mailto:presse@goerlitz-stadt.example">presse@goerlitz-stadt.example</a></p>
</td></tr></table>
<p style="font-size:10px">Sie erhalten diese E-Mail, weil Sie den Presseverteiler der Stadt Görlitz abonniert haben. <a href="https://goerlitz-stadt.example/abmelden">Abmelden</a></p>
</body></html>
`;

export const NEWSROOM_TEXT = `Pressemitteilung

Stadtbibliothek Görlitz öffnet sonntags – Pilotprojekt für zwei Jahre

Görlitz, 2. April 2026 – Die Stadtbibliothek Görlitz öffnet ab dem 3. Mai 2026 auch sonntags von 11 bis 17 Uhr.

Pressekontakt: Tobias Wendt, presse@goerlitz-stadt.example
`;

export const SENDER_ONLY_TEXT = `FOR IMMEDIATE RELEASE

Harbour City Marathon moves to October to avoid summer heat

HARBOUR CITY, May 12, 2026 – The Harbour City Marathon will be run on Sunday, October 11, 2026, instead of its traditional date in late June, the organising committee announced today. Race-day temperatures above 30 °C in two of the last three years led to 140 runners being treated for heat exhaustion.

"Runners' safety comes first, and October gives us cool mornings and the same route along the waterfront," said race director Carla Mendes.

Registration opens on June 1. Entries for the June race will be transferred automatically.

###
`;
