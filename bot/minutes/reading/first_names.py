"""Given names common in Sweden, to tell where one person's name ends and the next begins.

Minutes extracted from PDF often run a list of people together on one line ("Berit Adolfsson
Anita Bohman Margit Viklund"); a given name after a surname starts the next person. The list
holds the common Swedish, Nordic and Finnish given names and the names most common among people
born abroad who live in Sweden, written from general knowledge (no corpus was used). A name
missing here only means the reader falls back on separators (commas, party letters, new lines).
"""

from __future__ import annotations

import re
from functools import lru_cache

_NAMES = """
Aaron Abbe Abdi Abdirahman Abdullah Abdulla Abdul Abraham Ada Adam Adel Adele Adina Adrian
Adriana Agda Agne Agnes Agneta Ahmad Ahmed Aida Aina Aino Aisha Ajla Ake Åke Albert Albin
Alejandro Aleksandra Aleksander Alex Alexander Alexandra Alexis Alf Alfons Alfred Alfrida Algot
Ali Alice Alicia Alina Alma Almir Alva Alvar Alve Alvi Alvin Amalia Amanda Amelia Amer Amina
Amir Amna Ammar Amra Ana Anastasia Anders André Andrea Andreas Andrej Andrés Anette Aneta Angela
Angelica Angelika Anita Anja Ann Anna Annah Annalena Anne Annelie Anneli Annette Annica Annie
Annika Anniken Ansgar Anton Antonia Antonio Anwar Ari Ariana Arne Arnold Aron Arvid Arvin Asad
Asta Astrid Åsa Assar Augusta August Axel Aya Ayan Ayla Aziz Barbro Bartosz Bea Beata Beatrice
Bengt Benjamin Bennie Benny Bent Berit Bernt Bernhard Berta Bertil Bettan Betty Billy Bill
Birger Birgit Birgitta Bjarne Björn Bo Bodil Bogdan Boris Bosse Boye Britt Britta Britten Bror
Bruno Börje Caisa Caj Cajsa Camilla Carin Carina Carita Carl Carla Carola Carolina Caroline
Catarina Catharina Cathrine Catrin Catrine Cecilia Celine Charles Charlie Charlotta Charlotte
Chris Christel Christer Christian Christin Christina Christine Christoffer Christopher Cilla
Claes Clara Clas Claus Conny Cornelia Curt Dag Dagmar Dagny Dalia Dan Dana Dani Daniel Daniela
Daniella Danielle Danny David Deborah Denis Dennis Diana Dick Dina Dino Dmitri Dominik Dora
Doris Dorota Dorothea Ebba Ebbe Edith Edvard Edvin Edward Edwin Egon Eija Eila Eino Einar Eivor
Ejvor Elena Eleonor Eleonora Elias Elida Elin Elina Elinor Elis Elisa Elisabet Elisabeth Elise
Elizabeth Ella Ellen Ellie Elliot Ellinor Elma Elmer Elna Elof Elsa Elsie Elvira Elvis Emanuel
Emelie Emil Emilia Emilie Emily Emina Emir Emma Emmy Engla Enar Eric Erica Erik Erika Erland
Erling Ernst Esaias Esbjörn Esmeralda Essa Esther Ester Eva Evelina Evert Evy Ewa Fadi Fanny
Farah Farid Fatima Fatma Felicia Felix Ferdinand Filip Filippa Finn Fiona Folke Fouad Frank
Frans Fred Freddie Freddy Fredric Fredrik Freja Frida Fritz Gabriel Gabriella Gabrielle Gerd
Gerda Gert Gertrud Gilbert Gisela Gitte Gösta Göran Görel Göte Gottfrid Greta Gudrun Gun Gunborg
Gunhild Gunilla Gunn Gunnar Gunnel Gunvor Gustaf Gustav Gusten Gwen Hakan Håkan Hamid Hampus
Hamza Hanna Hannah Hannes Hans Harald Harriet Harry Hassan Hatice Hedda Hedvig Heidi Heikki
Heine Heinz Helen Helena Helene Helén Helga Helge Helmer Henning Henny Henric Henrik Henrika
Henry Herbert Herman Hilda Hilding Hillevi Hjalmar Holger Hugo Hussein Ibrahim Ida Idris Ilse
Ilona Ina Inga Ingabrit Ingalill Inge Ingeborg Ingegerd Ingela Ingemar Inger Ingmar Ingrid
Ingvar Ingvor Irene Irina Iris Isa Isabel Isabella Isabelle Isak Ismail Ivan Ivar Ivy Jaana
Jacob Jakob Jalal Jamal James Jan Jana Jane Janet Janeth Janina Janne Jannike Jari Jarl Jasmin
Jasmina Jasmine Jelena Jens Jenny Jerker Jerry Jesper Jessica Jessika Jimmy Jimmie Joachim
Joakim Joan Joanna Joel Johan Johanna Johannes John Johnny Jolanta Jon Jonas Jonathan Jonatan
Jonna Jonny Jorma Josef Josefin Josefina Josefine Joseph Josephine Juha Juhani Julia Julian
Julius Jussi Jörgen Jörn Kaarina Kai Kaj Kajsa Kalle Kamal Kamilla Karim Karin Karina Karl
Karolina Kaspar Kasper Katarina Katja Katrin Katrina Kenneth Kennet Kent Kerstin Ketema Kevin
Khalid Kim Kimberly Kjell Kjellove Klara Klas Knut Konrad Krister Kristian Kristin Kristina
Kristine Kristoffer Krzysztof Kurt Lage Laila Lars Lasse Laura Lea Leah Lejla Lena Lennart Leo
Leon Leonard Leonora Lennie Liam Lilian Lilly Lillemor Lina Linda Linn Linnea Linnéa Lisa Lise
Lisbeth Lisen Liselott Liselotte Liv Livia Ljuba Lotta Lottie Louise Lovisa Lucas Lucia Ludvig
Luis Lukas Magda Magdalena Magnus Mahmoud Maja Maj Majken Majvor Maivor Malena Malin Malte
Mandus Margareta Margaretha Margit Margot Mari Maria Mariam Marianne Marie Mariana Marika Marina
Mario Marit Marita Marius Marko Marcus Markus Marlene Marta Martha Martin Martina Mary Maryam
Mats Matilda Mathilda Matti Mattias Matthias Max Maximilian Maya Melker Melvin Merja Mia Michael
Michaela Micael Michel Miguel Mika Mikael Mikaela Milan Milla Mille Mimmi Mina Minna Miranda
Miriam Mirja Mirjam Mirko Mohamed Mohammad Mohammed Mona Monica Monika Moa Morgan Moritz
Muhammad Mustafa My Märta Naemi Nadia Nadja Nancy Naima Nasir Natalia Natalie Nathalie Nellie
Nelly Nicklas Nicke Niclas Nicolas Nicole Nicolina Niklas Nikola Nikolai Nils Nina Noah Noel
Nora Nour Ola Olga Olle Olof Olov Omar Oscar Oskar Osman Otto Ove Paola Pamela Patric Patrick
Patricia Patrik Paul Paula Paulina Pauline Pavel Peder Pekka Per Pernilla Peter Petra Petter
Philip Pia Pierre Pirjo Pontus Päivi Pär Rachel Ragnar Ragnhild Rainer Rakel Rami Rasmus Rebecca
Rebecka Regina Reine Reinhold Rickard Richard Riikka Rigmor Rikard Riitta Rino Rita Robert Robin
Roger Roland Rolf Ronja Ronny Rosa Rose Rosie Rosita Roy Rudolf Rune Rut Ruth Sabina Sabine Saga
Said Saida Salim Salma Sam Samir Samira Samuel Sandra Sanna Sara Sarah Sebastian Selma Seppo
Serkan Sigrid Sigvard Silvia Simon Simone Siri Sirpa Siv Sixten Sofia Sofie Solveig Sonja Sophia
Sophie Stefan Stefanie Stella Sten Stenerik Stig Stina Sture Sune Susan Susann Susanna Susanne
Svante Sven Svea Sylvia Tage Tanja Tarja Ted Tekla Terese Teresa Theresa Therese Tessi Thea Theo
Theodor Thomas Thor Thore Thorsten Tiina Tilda Tilde Tim Timo Tina Tobias Tom Tomas Tommy Tomi
Tony Tor Tord Tore Torbjörn Torsten Tove Tuula Tuva Tyra Ulf Ulla Ulrica Ulrika Ulrik Unni Urban
Ursula Valter Vanja Vera Veronica Veronika Vicky Victor Victoria Vidar Viktor Viktoria Vilhelm
Vilma Ville Vincent Viola Viveca Viveka Vivian Walter Wilhelm Willy Wilma Yasmin Ylva Yngve
Yousef Youssef Yusuf Yvonne Zandra Zeynep Zlatan Zoran Zuzana Örjan Östen Aila Aleksi Anu Arja
Eeva Hannele Ilkka Jouko Kari Kirsi Leena Liisa Marja Marjatta Markku Outi Paavo Pentti Raija
Risto Sari Satu Seija Tapio Tarmo Terhi Tuomas Veikko Kirsten Mette Mads Henrike Birte Bente
Grethe Jorunn Trond Øystein Awaz Binnie Carsten Christoph Gertrude Noora Peppi Ewa-May Jeanette
Jeanett Jennie Jenni Lene Zara Marcel Kaisa Leif Lars-Olof Vivianne Lis Eli Elli Anki Jan-Erik
Jan-Åke Ulla-Britt Gun-Britt Ann-Sofie Ann-Christin Ann-Kristin Ann-Katrin Ann-Marie Anna-Lena
Anna-Karin Eva-Lena Lill Inga-Lill Britt-Marie Rose-Marie Marie-Louise Per-Olof Per-Erik Per-Åke
Karl-Erik Lars-Erik Sven-Olof Sven-Erik Bengt-Olov Hans-Olov Hans-Inge Hans-Erik Nils-Erik Jan-
Olof Jan-Olov Jan-Gunnar Stig-Olof Mona-Lisa Eva-Mai Pär-Olof Gun-Marie Erik-Olof Kjell-Åke
Ebba-Lotta Ing-Marie Ing-Britt Kent-Ove Mai Kicki Valdemar Waldemar Hildur Elvy Märit Carl-Johan
Karl-Johan Hans-Göran Per-Henrik Roine Leila Nermin Nermina Edin Edina Mirsad Senad Sead Tarek
Tariq Walid Yasin Yassin Younes Zainab Zeinab Samia Sami Sana Rania Reza Rezvan Shirin Soheila
Parisa Pouya Behnam Babak Arash Kamran Navid Omid Leyla Layla Hiba Huda Hawa Ikram Ilham Jamila
Kadra Khadija Ladan Mahad Mohamud Mukhtar Nimco Sahra Sagal Hodan Hibo Farhan Faisal Fahad
Allan May Kurt-Allan Ulla-Maj Mats-Ola Jan-Olof Eva-May Jan-Ove Lars-Göran Sten-Åke Bo-Göran
"""
# The Swedish, Finnish, Danish and Norwegian given names of Faker's person providers (MIT
# licence; drawn from the national statistics offices' lists), less those that are also common
# surnames, words of three letters or fewer, and Swedish words.
_NORDIC = """
Aada Aage Aapo Aarne Aaro Aatos Abdullahi Abelone Adnan Agnete Agnieszka Ahti Aili Aimo Airi
Aksel Akseli Alan Alba Alberte Alberto Aleksanteri Alisa Amadeus Amalie Amelie Amin Amira Anas
Andres Andrew Andrzej Andréas Angelina Ann-Charlott Ann-Sofi Annemette Anni Anniina Annikki
Annukka Anssi Antero Anthony Antti Arild Armas Arthur Arto Arttu Artturi Artur Arvo Asbjørn
Asger Asko Aston Atte Aukusti Aulikki Aulis Aurora Barbara Bella Benedicte Benedikte Benthe
Berndt Bert Bertram Beth Bettina Bianca Birgitte Birthe Bitten Bjørg Bjørn Bobby Boel Borris
Brian Brita Bøje Børge Carlo Carlos Carmen Carolin Casper Cassandra Cecilie Charlott Christofer
Cirkeline Claudia Clavs Colin Connie Cristina Denise Desirée Ditte Dorte Dorthe Douglas Eddie
Edgar Eelis Eemeli Eemil Eerik Eero Eetu Egil Einari Einer Eira Eirik Eivind Eliisa Elly Elmeri
Elsebeth Elsy Elton Elvin Emilio Emmi Ensio Erkki Erna Esben Eskil Esko Esmarelda Espen Essi
Estelle Esteri Ethel Eugen Evald Eveliina Evelyn Fabian Flemming Florence Frede Frederik
Frederikke Fredrika Frode Geir Georg George Gerhard Gillis Glenn Gorm Greger Grete Gundhild
Gunner Gurli Gyda Hanne Hannu Harri Hege Heli Helinä Helle Hellevi Helmi Helvi Heléne Henna
Henri Henrietta Henriette Henrikki Herdis Hermanni Hilde Hilkka Hilma Hjalte Hjördis Håkon
Håvard Iben Idun Iida Iiris Iisakki Ilari Ilmari Ines Inez Ing-Britt Ing-Marie Ingegärd
Ingelise Inkeri Irja Irma Irmeli Iréne Isaac Isabell Isac Ismo Iver Jaakko Jack Jacobine
Jacqueline Jalmari Jani Janni Jannie Jano Jarkko Jarmo Jarno Jean Jenna Jennifer Jeppe Jere
Jesse Jill Joacim Johanne Johnnie Joline Joni Joona Joonas Joonatan Jose Josefiina José Jouni
Juan Judith Juhana Juho Jukka Julie Juni Junior Justina Juulia Juuso Jyrki Jytte Jørgen Kaarlo
Kaija Kalervo Kalevi Karen Karla Karlo Karoliina Karoline Karsten Katariina Katarzyna Katcha
Katharina Kati Katri Katriina Katrine Kauko Keijo Keld Kenn Kenny Kenth Kerttu Khaled Kian
Kimmo Kirsti Kirstin Kirstine Kjeld Kjersti Kjetil Klaus Klavs Krista Kristiina Kristofer
Kullervo Kumar Kustaa Kyllikki Kåre Lara Lassi Lauri Laurits Laus Laust Leevi Leia Lennarth
Leona Leonardo Leopold Levi Lily Line Linus Lisbet Lise-Lott Lise-Lotte Liva Loke Lona Lone
Lotte Loui Louie Louis Lova Love Lovis Lowe Ludwig Luna Lydia Lykke Lærke Maaria Maarit
Madeleine Madelene Magne Mahdi Maija Maiken Maire Malene Malgorzata Malou Malthe Malva Manfred
Manuel Marcin Marco Marek Maren Margaret Margret Margrethe Mariann Maritta Marjaana Marjo
Marjukka Marjut Mark Marketta Marte Martine Martta Martti Matheo Mathias Mathilde Matias Matteo
Matts Maud Mauno Mauri Mauritz Mehmet Meja Melina Melissa Melwin Merete Merethe Mervi Michal
Michala Michelle Miia Miika Mike Mikkel Mikko Mila Milo Milton Mimi Mira Mirjami Miro Mogens
Mohamad Molly Morten Märtha Måns Mårten Naja Nana Nanna Nanni Natanael Natasha Natasja Nete
Nicholas Nick Nicolai Nicolaj Nicoline Niels Niilo Niina Niko Nikolaj Nova Odeline Odette
Ofelia Oiva Olav Olavi Olfert Oliver Olivia Oliwer Olli Onni Oona Orvokki Oskari Osmo Ossi
Ossian Osvald Ottilia Palle Pasi Pauli Pauliina Pawel Pelle Pernille Pertti Pete Petri Petteri
Piia Piotr Pirkko Poul Preben Päivikki Rafael Ragna Ragner Raili Raimo Ralf Ralph Randi Rauno
Raymond Regitse Regitze Reidun Reijo Reino René Renée Richardt Rikke Riku Ritt Ritva Roar
Roberto Ronald Ronni Ronnie Roope Roosa Ruben Saara Sakari Sally Samu Samuli Sander Sanne Sanni
Santeri Seth Sigfrid Sigge Signe Sigurd Siiri Silas Silje Sille Simen Simo Sindre Sine Sini
Sinikka Sirkka Sisko Sissel Sivert Sofi Solvej Sondre Sonia Sonny Staffan Stein Steinar Stellan
Stephan Stephanie Steve Steven Stian Stine Sussanne Sussie Suvi Suzanne Svein Svenning Sverre
Synnøve Sören Søren Sørine Taina Taisto Tammy Taneli Tapani Taru Tauno Teemu Teija Tejs
Tellervo Teodor Teresia Terje Tero Terttu Teuvo Theres Theresia Therése Thure Tiia Timmy Tindra
Tine Toivo Tomasz Tommi Tone Toni Tonje Tonny Topias Tora Torben Torbjørn Torgny Torill Tova
Trine Tristan Troels Tuija Tuomo Ture Turid Tuukka Tuuli Tuulia Tuulikki Uffe Ulrike Uolevi
Vagn Valborg Valentin Valentina Valtteri Vanessa Veera Veeti Vega Vegard Veijo Veli Vendela
Venla Verner Verneri Vesa Vide Viggo Viivi Viking Vilde Vilgot Vilhelmiina Vilhelmina Vilho
Viljami Viljo Villads Vilmer Virpi Vuokko Väinö Weena Wenche Wilhelmina Wille William Wilmer
Winni Winnie Xenia Yannick Yrjö Yrsa Zacharias Zahra Zehnia Zelma Zenia Ziggy Åbjørn Øivind
Øjvind Ørni Øvli Øyvind Owe Jöran Gunder Maidie Ninnie Staffan Sune Gösta Göte Gert Greger
Torbjörn Tord Tore Ture Yngve Åsa Örjan Ing Kia Gull Gullan Gullvi Gunbritt Agnetha Uno Ole
Lillian Tia Lia Tea Esa
"""
FIRST_NAMES = frozenset(n.casefold() for n in (_NAMES + _NORDIC).split())


@lru_cache(maxsize=8192)
def is_first_name(word: str) -> bool:
    """'Anna', 'Per-Håkan', 'Ann-Sofie': every part a known given name."""
    word = word.strip(",.;:()")
    if re.fullmatch(r"[A-ZÅÄÖ][a-zåäöé]+[A-ZÅÄÖ][a-zåäöé]+", word):  # "MonaLisa"
        word = re.sub(r"(?<=[a-zåäöé])(?=[A-ZÅÄÖ])", "-", word)
    parts = word.casefold().split("-")
    return bool(parts) and all(p in FIRST_NAMES for p in parts if p) and any(parts)
