/** Countries of the reference intake: weights, IANA zones, and word lists for names and organisations. */
export interface CountryProfile {
  code: string;
  nameEn: string;
  weight: number;
  zones: readonly string[];
  phone: string;
  tld: string;
  /** Funding asks in euros when not in yuan. */
  euro?: boolean;
  suffix: readonly string[];
  /** Place or brand stems for company names. */
  stems: readonly string[];
  universities: readonly string[];
  first: readonly string[];
  last: readonly string[];
}

const list = (s: string): string[] => s.split(s.includes('|') ? '|' : ' ');

const c = (
  code: string,
  nameEn: string,
  weight: number,
  zones: string,
  phone: string,
  tld: string,
  suffix: string,
  stems: string,
  universities: string,
  first: string,
  last: string,
  euro = false,
): CountryProfile => ({
  code,
  nameEn,
  weight,
  zones: zones.split(' '),
  phone,
  tld,
  euro,
  suffix: suffix.split('|'),
  stems: stems.split('|'),
  universities: universities.split('|'),
  first: list(first),
  last: list(last),
});

// prettier-ignore
export const COUNTRY_PROFILES: readonly CountryProfile[] = [
  c('DE', 'Germany', 12, 'Europe/Berlin', '+49', 'de', 'GmbH|AG', 'Rhein|Isar|Elbe|Spree|Neckar|Main', 'RWTH Aachen University|Karlsruhe Institute of Technology|Heidelberg University|TU Dresden', 'Lukas Anna Felix Julia Jonas Lea Maximilian Sophie', 'Müller Schmidt Schneider Fischer Weber Becker Hoffmann Wagner', true),
  c('GB', 'United Kingdom', 10, 'Europe/London', '+44', 'uk', 'Ltd', 'Thames|Pennine|Albion|Severn|Clyde', 'University of Oxford|University of Manchester|University College London|University of Edinburgh', 'Oliver Amelia George Isla Harry Emily James Charlotte', 'Smith Jones Taylor Brown Williams Wilson Evans Thomas'),
  c('IL', 'Israel', 8, 'Asia/Jerusalem', '+972', 'il', 'Ltd', 'Carmel|Negev|Galil|Yarden|Arava', 'Tel Aviv University|Hebrew University of Jerusalem|Ben-Gurion University of the Negev', 'Noam Tamar Yosef Noa Itai Shira Eitan Maya', 'Cohen Levi Mizrahi Peretz Biton Friedman Katz Azoulay'),
  c('SG', 'Singapore', 6, 'Asia/Singapore', '+65', 'sg', 'Pte. Ltd.', 'Merlion|Sentosa|Lion City|Straits|Raffles', 'Nanyang Technological University|Singapore University of Technology and Design', 'Wei Jia Hui Ravi Aisha Marcus Priya Daniel', 'Tan Lim Lee Ng Wong Goh Chua Menon'),
  c('JP', 'Japan', 7, 'Asia/Tokyo', '+81', 'jp', 'K.K.|Co., Ltd.', 'Sakura|Fuji|Kansai|Tsukuba|Hikari', 'Kyoto University|Osaka University|Tohoku University|Tokyo Institute of Technology', 'Haruto Yui Sota Aoi Ren Hina Takumi Sakura', 'Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura'),
  c('KR', 'South Korea', 6, 'Asia/Seoul', '+82', 'kr', 'Co., Ltd.|Inc.', 'Hanbit|Daehan|Saebom|Mirae|Hanul', 'Seoul National University|POSTECH|Yonsei University|Sungkyunkwan University', 'Minjun Seoyeon Jihoon Jiwoo Hyunwoo Soyeon Dohyun Yuna', 'Kim Lee Park Choi Jung Kang Cho Yoon'),
  c('US', 'United States', 10, 'America/New_York America/Chicago America/Denver America/Los_Angeles', '+1', 'us', 'Inc.|LLC', 'Cascade|Liberty|Pioneer|Summit|Bay Area|Great Lakes', 'Stanford University|University of California, Berkeley|Carnegie Mellon University|Georgia Institute of Technology', 'Michael Jennifer David Sarah Robert Emily Daniel Olivia', 'Johnson Miller Davis Garcia Rodriguez Martinez Anderson Clark'),
  c('CA', 'Canada', 5, 'America/Toronto America/Vancouver America/Edmonton America/Halifax', '+1', 'ca', 'Inc.|Ltd.', 'Maple|Boreal|Laurentian|Cascadia|Northern', 'University of British Columbia|McGill University|University of Waterloo', 'Liam Emma Noah Chloe Ethan Ava Lucas Sophie', 'Tremblay Roy Gagnon MacDonald Campbell Stewart Wong Singh'),
  c('FR', 'France', 6, 'Europe/Paris', '+33', 'fr', 'SAS|SA', 'Lumière|Rhône|Loire|Provence|Azur', 'Sorbonne University|Université Paris-Saclay|École Polytechnique|Université Grenoble Alpes', 'Louis Camille Hugo Léa Arthur Chloé Jules Manon', 'Martin Bernard Dubois Thomas Robert Petit Durand Leroy', true),
  c('NL', 'Netherlands', 5, 'Europe/Amsterdam', '+31', 'nl', 'B.V.', 'Oranje|Polder|Delta|Zuiderzee|Maas', 'Eindhoven University of Technology|University of Amsterdam|Wageningen University & Research', 'Daan Emma Sem Julia Lars Sanne Bram Fleur', 'de Jong|Jansen|de Vries|van den Berg|Bakker|Visser|Smit|Meijer', true),
  c('CH', 'Switzerland', 5, 'Europe/Zurich', '+41', 'ch', 'AG|SA', 'Alpine|Helvetia|Jura|Rigi|Léman', 'University of Zurich|University of Basel|University of Geneva', 'Noah Mia Luca Lina Leon Elena Nico Lara', 'Meier Keller Brunner Baumann Huber Frei Gerber Moser'),
  c('SE', 'Sweden', 4, 'Europe/Stockholm', '+46', 'se', 'AB', 'Nordic|Vasa|Öresund|Norrland|Gota', 'Lund University|Chalmers University of Technology|Uppsala University', 'Erik Astrid Oskar Elsa Axel Ebba Gustav Maja', 'Andersson Johansson Karlsson Nilsson Eriksson Larsson Lindqvist Berg'),
  c('FI', 'Finland', 3, 'Europe/Helsinki', '+358', 'fi', 'Oy', 'Aurora|Saimaa|Lappi|Kaleva|Sisu', 'University of Helsinki|Tampere University|University of Oulu', 'Aino Eero Venla Onni Ilona Leevi Helmi Juho', 'Korhonen Virtanen Mäkinen Nieminen Hämäläinen Laine Heikkinen Koskinen', true),
  c('AU', 'Australia', 4, 'Australia/Sydney Australia/Melbourne Australia/Brisbane Australia/Perth', '+61', 'au', 'Pty Ltd', 'Southern Cross|Coral|Outback|Harbour|Eucalypt', 'University of Sydney|University of New South Wales|Monash University|University of Queensland', 'Jack Charlotte William Matilda Thomas Ruby Lachlan Zoe', 'Smith Nguyen Kelly Walker Mitchell Ryan Hughes Thompson'),
  c('IT', 'Italy', 4, 'Europe/Rome', '+39', 'it', 'S.r.l.|S.p.A.', 'Adriatica|Etna|Dolomiti|Tirreno|Arno', 'University of Bologna|Sapienza University of Rome|Politecnico di Torino', 'Leonardo Giulia Francesco Sofia Alessandro Aurora Lorenzo Chiara', 'Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci', true),
  c('ES', 'Spain', 3, 'Europe/Madrid Atlantic/Canary', '+34', 'es', 'S.L.|S.A.', 'Ibérica|Sierra|Mediterránea|Cantábrica|Iberia', 'Universidad Politécnica de Madrid|University of Barcelona|University of Valencia', 'Hugo Lucía Martín Sofía Pablo Martina Daniel Paula', 'García Fernández González Rodríguez López Martínez Sánchez Pérez', true),
  c('RU', 'Russia', 5, 'Europe/Moscow Asia/Novosibirsk Asia/Yekaterinburg', '+7', 'ru', 'LLC|JSC', 'Volga|Ural|Baikal|Neva|Sibir', 'Lomonosov Moscow State University|ITMO University|Novosibirsk State University|Moscow Institute of Physics and Technology', 'Alexander Anastasia Dmitry Maria Sergey Elena Ivan Olga', 'Ivanov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov'),
  c('BY', 'Belarus', 3, 'Europe/Minsk', '+375', 'by', 'LLC|JSC', 'Neman|Polesie|Belaya|Pripyat|Berezina', 'Belarusian National Technical University|Belarusian State University of Informatics and Radioelectronics', 'Artsiom Darya Mikhail Alena Pavel Katsiaryna Andrei Yuliya', 'Kovalenko Novik Shevchuk Bondar Kravchenko Moroz Tkachuk Savitsky'),
  c('UA', 'Ukraine', 2, 'Europe/Kyiv', '+380', 'ua', 'LLC', 'Dnipro|Karpaty|Slavuta|Podillia|Polissia', 'Taras Shevchenko National University of Kyiv|Lviv Polytechnic National University|Kharkiv Polytechnic Institute', 'Oleksandr Olena Andriy Iryna Dmytro Kateryna Taras Oksana', 'Melnyk Shevchenko Boyko Kovalenko Bondarenko Tkachenko Kravchenko Oliynyk'),
  c('PL', 'Poland', 3, 'Europe/Warsaw', '+48', 'pl', 'Sp. z o.o.|S.A.', 'Wisła|Tatra|Bałtyk|Mazowia|Odra', 'Jagiellonian University|AGH University of Krakow|Wrocław University of Science and Technology', 'Jakub Zuzanna Antoni Julia Szymon Maja Filip Zofia', 'Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński'),
  c('CZ', 'Czechia', 2, 'Europe/Prague', '+420', 'cz', 's.r.o.|a.s.', 'Vltava|Bohemia|Morava|Šumava|Krkonoše', 'Charles University|Brno University of Technology|Masaryk University', 'Jakub Eliška Jan Tereza Tomáš Anna Matyáš Adéla', 'Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý'),
  c('HU', 'Hungary', 2, 'Europe/Budapest', '+36', 'hu', 'Kft.|Zrt.', 'Duna|Tisza|Balaton|Mátra|Pannon', 'University of Szeged|Eötvös Loránd University|University of Debrecen', 'Bence Hanna Máté Anna Levente Zsófia Dávid Luca', 'Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár'),
  c('AT', 'Austria', 3, 'Europe/Vienna', '+43', 'at', 'GmbH', 'Donau|Tirol|Alpen|Wachau|Styria', 'TU Wien|Graz University of Technology|University of Innsbruck', 'Paul Laura Tobias Hannah David Katharina Simon Lena', 'Gruber Huber Bauer Wagner Pichler Steiner Moser Mayer', true),
  c('BE', 'Belgium', 2, 'Europe/Brussels', '+32', 'be', 'NV|SRL', 'Flanders|Scheldt|Meuse|Ardennes|Brabant', 'Ghent University|Université catholique de Louvain|University of Antwerp', 'Arthur Olivia Jules Louise Victor Emma Noah Elise', 'Peeters Janssens Maes Jacobs Mertens Willems Claes Dubois', true),
  c('DK', 'Denmark', 2, 'Europe/Copenhagen', '+45', 'dk', 'ApS|A/S', 'Jutland|Nordsø|Øresund|Viking|Fyn', 'University of Copenhagen|Aarhus University|Aalborg University', 'William Ida Oscar Emma Carl Freja Noah Alma', 'Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen'),
  c('NO', 'Norway', 2, 'Europe/Oslo', '+47', 'no', 'AS', 'Fjord|Nordlys|Dovre|Hardanger|Troms', 'University of Oslo|University of Bergen|UiT The Arctic University of Norway', 'Jakob Nora Emil Emma Filip Sofie Henrik Ingrid', 'Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Berg'),
  c('IE', 'Ireland', 2, 'Europe/Dublin', '+353', 'ie', 'Ltd|DAC', 'Emerald|Shannon|Liffey|Atlantic|Burren', 'University College Dublin|University of Galway|University College Cork', 'Jack Grace Conor Aoife Seán Niamh Cian Saoirse', 'Murphy Kelly Byrne Walsh Ryan O’Brien Doyle McCarthy', true),
  c('NZ', 'New Zealand', 2, 'Pacific/Auckland', '+64', 'nz', 'Ltd', 'Kiwi|Aotearoa|Tasman|Southern Alps|Waikato', 'University of Otago|Victoria University of Wellington|University of Canterbury', 'Oliver Isla Jack Amelia Noah Charlotte Leo Ava', 'Smith Wilson Williams Brown Taylor Ngata Walker Clarke'),
  c('MY', 'Malaysia', 2, 'Asia/Kuala_Lumpur', '+60', 'my', 'Sdn. Bhd.', 'Borneo|Petronas Valley|Langkawi|Melaka|Putra', 'Universiti Teknologi Malaysia|Universiti Putra Malaysia|Universiti Sains Malaysia', 'Ahmad Nurul Wei Siti Kumar Aisyah Jun Hafiz', 'Abdullah Tan Rahman Lim Ismail Wong Hassan Raj'),
  c('TH', 'Thailand', 2, 'Asia/Bangkok', '+66', 'th', 'Co., Ltd.', 'Siam|Chao Phraya|Lanna|Andaman|Isan', 'Mahidol University|King Mongkut’s University of Technology Thonburi|Chiang Mai University', 'Somchai Ploy Anan Kanya Niran Siriporn Thanakorn Malee', 'Saetang Srisuk Chaiyaporn Wongsa Rattanakorn Boonmee Kittisak Phromma'),
  c('AE', 'United Arab Emirates', 2, 'Asia/Dubai', '+971', 'ae', 'FZ-LLC|LLC', 'Falcon|Oasis|Gulf|Dune|Emirates', 'United Arab Emirates University|American University of Sharjah', 'Mohammed Fatima Ahmed Mariam Omar Aisha Khalid Noura', 'Al Mansouri|Al Hashimi|Al Falasi|Al Nuaimi|Al Suwaidi|Haddad|Khan|Al Marzouqi'),
  c('BR', 'Brazil', 2, 'America/Sao_Paulo America/Manaus', '+55', 'br', 'Ltda.|S.A.', 'Amazônia|Atlântica|Cerrado|Paulista|Guanabara', 'University of Campinas|Federal University of Rio de Janeiro|Federal University of Minas Gerais', 'Miguel Alice Arthur Helena Gabriel Laura Rafael Beatriz', 'Silva Santos Oliveira Souza Pereira Costa Rodrigues Almeida'),
  c('CL', 'Chile', 1, 'America/Santiago', '+56', 'cl', 'SpA', 'Andes|Atacama|Pacífico|Patagonia|Maipo', 'University of Chile|Federico Santa María Technical University', 'Agustín Sofía Benjamín Isidora Vicente Florencia Tomás Josefa', 'González Muñoz Rojas Díaz Pérez Soto Contreras Silva'),
  c('ZA', 'South Africa', 1, 'Africa/Johannesburg', '+27', 'za', '(Pty) Ltd', 'Table Mountain|Highveld|Karoo|Limpopo|Cape', 'University of the Witwatersrand|Stellenbosch University|University of Pretoria', 'Thabo Naledi Sipho Lerato Pieter Anika Lwazi Zanele', 'Nkosi|Dlamini|van der Merwe|Botha|Mokoena|Naidoo|Khumalo|Pretorius'),
  c('EG', 'Egypt', 1, 'Africa/Cairo', '+20', 'eg', 'S.A.E.|LLC', 'Nile|Delta|Sinai|Pharos|Luxor', 'Ain Shams University|Alexandria University|Zewail City of Science and Technology', 'Mohamed Nour Ahmed Salma Youssef Mariam Omar Hana', 'Hassan Ibrahim Mahmoud Mostafa Ali Abdelrahman Fathy Saleh'),
  c('IN', 'India', 3, 'Asia/Kolkata', '+91', 'in', 'Pvt. Ltd.', 'Ganga|Deccan|Himalaya|Sahyadri|Indus', 'Indian Institute of Technology Bombay|Indian Institute of Technology Madras|Indian Institute of Technology Delhi', 'Aarav Ananya Vivaan Diya Arjun Priya Rohan Kavya', 'Sharma Patel Iyer Reddy Gupta Nair Singh Rao'),
];

const BY_CODE = new Map(COUNTRY_PROFILES.map((p) => [p.code, p]));

export function countryProfile(code: string): CountryProfile | undefined {
  return BY_CODE.get(code);
}

/** The main IANA zone of a reference country (its capital's or its largest city's), or undefined. */
export function referenceTimeZoneOf(country: string): string | undefined {
  return BY_CODE.get(country.toUpperCase())?.zones[0];
}
