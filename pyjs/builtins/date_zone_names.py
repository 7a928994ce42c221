"""Long time zone names for Date.prototype.toString, as Node prints them.

V8 prints ICU's long display name of the host zone in parentheses, choosing the
standard or the daylight name by the zone's DST state. ICU takes the names
from CLDR metazones ("Central European Standard Time"); tzdata has only
abbreviations ("CET"). This table gives, per IANA zone name (aliases
included), the (standard, daylight) pair Node 20 printed for it, so toString
output matches Node for every zone whose name is not derivable from tzdata.

How it was made: one Node process set ``process.env.TZ`` to each zone of
``zoneinfo.available_timezones()`` and printed ``new Date(t).toString()`` for
instants every five days of 1970..2038 (V8 decides
standard/daylight at the instant itself there, and at an equivalent instant in
2008..2037 outside); each name was paired with the DST state
``date_math`` computes for the same instant, and zones were grouped by pair.
Zones whose names Node prints exactly as ``date_math``'s fallback
(alphabetic tzdata abbreviation, else ``GMT+hh:mm``) are left out. The names
are CLDR data (Unicode License); ICU uses the zone's *current* metazone for
all dates, so does this table.
"""

from __future__ import annotations

# (standard name, daylight name or None when the zone has no DST, zones)
_GROUPS = (
    ('Central European Standard Time', 'Central European Summer Time',
     "Africa/Algiers Africa/Ceuta Africa/Tunis Arctic/Longyearbyen Atlantic/Jan_Mayen "
     "CET Europe/Amsterdam Europe/Andorra Europe/Belgrade Europe/Berlin "
     "Europe/Bratislava Europe/Brussels Europe/Budapest Europe/Busingen "
     "Europe/Copenhagen Europe/Gibraltar Europe/Ljubljana Europe/Luxembourg "
     "Europe/Madrid Europe/Malta Europe/Monaco Europe/Oslo Europe/Paris "
     "Europe/Podgorica Europe/Prague Europe/Rome Europe/San_Marino Europe/Sarajevo "
     "Europe/Skopje Europe/Stockholm Europe/Tirane Europe/Vaduz Europe/Vatican "
     "Europe/Vienna Europe/Warsaw Europe/Zagreb Europe/Zurich MET Poland"),
    ('Central Standard Time', 'Central Daylight Time',
     "America/Bahia_Banderas America/Belize America/Chicago America/Chihuahua "
     "America/Costa_Rica America/El_Salvador America/Guatemala America/Indiana/Knox "
     "America/Indiana/Tell_City America/Knox_IN America/Managua America/Matamoros "
     "America/Menominee America/Merida America/Mexico_City America/Monterrey "
     "America/North_Dakota/Beulah America/North_Dakota/Center "
     "America/North_Dakota/New_Salem America/Ojinaga America/Rainy_River "
     "America/Rankin_Inlet America/Resolute America/Tegucigalpa America/Winnipeg "
     "CST6CDT Canada/Central Mexico/General US/Central US/Indiana-Starke"),
    ('Eastern Standard Time', 'Eastern Daylight Time',
     "America/Cancun America/Detroit America/Fort_Wayne America/Grand_Turk "
     "America/Indiana/Indianapolis America/Indiana/Marengo America/Indiana/Petersburg "
     "America/Indiana/Vevay America/Indiana/Vincennes America/Indiana/Winamac "
     "America/Indianapolis America/Iqaluit America/Jamaica America/Kentucky/Louisville "
     "America/Kentucky/Monticello America/Louisville America/Montreal America/Nassau "
     "America/New_York America/Nipigon America/Pangnirtung America/Port-au-Prince "
     "America/Thunder_Bay America/Toronto Canada/Eastern EST5EDT Jamaica "
     "US/East-Indiana US/Eastern US/Michigan"),
    ('Eastern European Standard Time', 'Eastern European Summer Time',
     "Africa/Cairo Africa/Tripoli Asia/Beirut Asia/Famagusta Asia/Gaza Asia/Hebron "
     "Asia/Nicosia EET Egypt Europe/Athens Europe/Bucharest Europe/Chisinau "
     "Europe/Helsinki Europe/Kaliningrad Europe/Kiev Europe/Kyiv Europe/Mariehamn "
     "Europe/Nicosia Europe/Riga Europe/Sofia Europe/Tallinn Europe/Tiraspol "
     "Europe/Uzhgorod Europe/Vilnius Europe/Zaporozhye Libya"),
    ('Atlantic Standard Time', None,
     "America/Anguilla America/Antigua America/Aruba America/Blanc-Sablon "
     "America/Curacao America/Dominica America/Grenada America/Guadeloupe "
     "America/Kralendijk America/Lower_Princes America/Marigot America/Montserrat "
     "America/Port_of_Spain America/Puerto_Rico America/St_Barthelemy America/St_Kitts "
     "America/St_Lucia America/St_Thomas America/St_Vincent America/Tortola "
     "America/Virgin"),
    ('Argentina Standard Time', 'Argentina Summer Time',
     "America/Argentina/Buenos_Aires America/Argentina/Catamarca "
     "America/Argentina/ComodRivadavia America/Argentina/Cordoba "
     "America/Argentina/Jujuy America/Argentina/La_Rioja America/Argentina/Mendoza "
     "America/Argentina/Rio_Gallegos America/Argentina/Salta "
     "America/Argentina/San_Juan America/Argentina/San_Luis America/Argentina/Tucuman "
     "America/Argentina/Ushuaia America/Buenos_Aires America/Catamarca America/Cordoba "
     "America/Jujuy America/Mendoza America/Rosario"),
    ('Greenwich Mean Time', None,
     "Africa/Abidjan Africa/Accra Africa/Bamako Africa/Banjul Africa/Bissau "
     "Africa/Conakry Africa/Dakar Africa/Freetown Africa/Lome Africa/Monrovia "
     "Africa/Nouakchott Africa/Ouagadougou Africa/Sao_Tome Africa/Timbuktu "
     "Atlantic/Reykjavik Atlantic/St_Helena Eire Iceland"),
    ('Mountain Standard Time', 'Mountain Daylight Time',
     "America/Boise America/Cambridge_Bay America/Ciudad_Juarez America/Dawson_Creek "
     "America/Denver America/Edmonton America/Fort_Nelson America/Inuvik "
     "America/Shiprock America/Yellowknife Canada/Mountain MST7MDT Navajo US/Mountain"),
    ('Australian Eastern Standard Time', 'Australian Eastern Daylight Time',
     "Antarctica/Macquarie Australia/ACT Australia/Brisbane Australia/Canberra "
     "Australia/Currie Australia/Hobart Australia/Lindeman Australia/Melbourne "
     "Australia/NSW Australia/Queensland Australia/Sydney Australia/Tasmania "
     "Australia/Victoria"),
    ('East Africa Time', None,
     "Africa/Addis_Ababa Africa/Asmara Africa/Asmera Africa/Dar_es_Salaam "
     "Africa/Djibouti Africa/Kampala Africa/Mogadishu Africa/Nairobi "
     "Indian/Antananarivo Indian/Comoro Indian/Mayotte"),
    ('Atlantic Standard Time', 'Atlantic Daylight Time',
     "America/Barbados America/Glace_Bay America/Goose_Bay America/Halifax "
     "America/Martinique America/Moncton America/Santo_Domingo America/Thule "
     "Atlantic/Bermuda Canada/Atlantic"),
    ('West Africa Time', None,
     "Africa/Bangui Africa/Brazzaville Africa/Douala Africa/Kinshasa Africa/Lagos "
     "Africa/Libreville Africa/Luanda Africa/Malabo Africa/Niamey Africa/Porto-Novo"),
    ('Brasilia Standard Time', 'Brasilia Summer Time',
     "America/Araguaina America/Bahia America/Belem America/Fortaleza America/Maceio "
     "America/Recife America/Santarem America/Sao_Paulo Brazil/East"),
    ('Pacific Standard Time', 'Pacific Daylight Time',
     "America/Ensenada America/Los_Angeles America/Santa_Isabel America/Tijuana "
     "America/Vancouver Canada/Pacific Mexico/BajaNorte PST8PDT US/Pacific"),
    ('Central Africa Time', None,
     "Africa/Blantyre Africa/Bujumbura Africa/Gaborone Africa/Harare Africa/Kigali "
     "Africa/Lubumbashi Africa/Lusaka Africa/Maputo"),
    ('Alaska Standard Time', 'Alaska Daylight Time',
     "America/Anchorage America/Juneau America/Metlakatla America/Nome America/Sitka "
     "America/Yakutat US/Alaska"),
    ('China Standard Time', 'China Daylight Time',
     "Asia/Chongqing Asia/Chungking Asia/Harbin Asia/Macao Asia/Macau Asia/Shanghai "
     "PRC"),
    ('Kazakhstan Time', 'GMT+05:00',
     "Asia/Almaty Asia/Aqtau Asia/Aqtobe Asia/Atyrau Asia/Oral Asia/Qostanay "
     "Asia/Qyzylorda"),
    ('Western European Standard Time', 'Western European Summer Time',
     "Atlantic/Canary Atlantic/Faeroe Atlantic/Faroe Atlantic/Madeira Europe/Lisbon "
     "Portugal WET"),
    ('Amazon Standard Time', 'Amazon Summer Time',
     "America/Boa_Vista America/Campo_Grande America/Cuiaba America/Manaus "
     "America/Porto_Velho Brazil/West"),
    ('Moscow Standard Time', 'Moscow Summer Time',
     "Europe/Kirov Europe/Minsk Europe/Moscow Europe/Simferopol Europe/Volgograd W-SU"),
    ('Arabian Standard Time', None,
     "Asia/Aden Asia/Bahrain Asia/Kuwait Asia/Qatar Asia/Riyadh"),
    ('Eastern Standard Time', None,
     "America/Atikokan America/Cayman America/Coral_Harbour America/Panama EST"),
    ('Indochina Time', None,
     "Asia/Bangkok Asia/Ho_Chi_Minh Asia/Phnom_Penh Asia/Saigon Asia/Vientiane"),
    ('Krasnoyarsk Standard Time', 'Krasnoyarsk Summer Time',
     "Asia/Barnaul Asia/Krasnoyarsk Asia/Novokuznetsk Asia/Novosibirsk Asia/Tomsk"),
    ('Acre Standard Time', 'Acre Summer Time',
     "America/Eirunepe America/Porto_Acre America/Rio_Branco Brazil/Acre"),
    ('American Samoa Standard Time', None,
     "Pacific/Midway Pacific/Pago_Pago Pacific/Samoa US/Samoa"),
    ('Australian Central Standard Time', 'Australian Central Daylight Time',
     "Australia/Adelaide Australia/Broken_Hill Australia/South Australia/Yancowinna"),
    ('Greenwich Mean Time', 'British Summer Time',
     "Europe/Belfast Europe/London GB GB-Eire"),
    ('Hawaii-Aleutian Standard Time', None,
     "HST Pacific/Honolulu Pacific/Johnston US/Hawaii"),
    ('Mountain Standard Time', None,
     "America/Creston America/Phoenix MST US/Arizona"),
    ('New Zealand Standard Time', 'New Zealand Daylight Time',
     "Antarctica/McMurdo Antarctica/South_Pole NZ Pacific/Auckland"),
    ('Samara Standard Time', 'Samara Summer Time',
     "Europe/Astrakhan Europe/Samara Europe/Saratov Europe/Ulyanovsk"),
    ('Central Africa Time', 'GMT+02:00',
     "Africa/Juba Africa/Khartoum Africa/Windhoek"),
    ('Central Standard Time', None,
     "America/Regina America/Swift_Current Canada/Saskatchewan"),
    ('Chuuk Time', None,
     "Pacific/Chuuk Pacific/Truk Pacific/Yap"),
    ('GMT-03:00', None,
     "America/Coyhaique America/Punta_Arenas Antarctica/Palmer"),
    ('Greenland Standard Time', 'Greenland Summer Time',
     "America/Godthab America/Nuuk America/Scoresbysund"),
    ('Greenwich Mean Time', 'GMT+01:00',
     "Europe/Guernsey Europe/Isle_of_Man Europe/Jersey"),
    ('Hawaii-Aleutian Standard Time', 'Hawaii-Aleutian Daylight Time',
     "America/Adak America/Atka US/Aleutian"),
    ('India Standard Time', None,
     "Asia/Calcutta Asia/Colombo Asia/Kolkata"),
    ('Israel Standard Time', 'Israel Daylight Time',
     "Asia/Jerusalem Asia/Tel_Aviv Israel"),
    ('Magadan Standard Time', 'Magadan Summer Time',
     "Asia/Magadan Asia/Sakhalin Asia/Srednekolymsk"),
    ('Marshall Islands Time', None,
     "Kwajalein Pacific/Kwajalein Pacific/Majuro"),
    ('Mexican Pacific Standard Time', 'Mexican Pacific Daylight Time',
     "America/Hermosillo America/Mazatlan Mexico/BajaSur"),
    ('South Africa Standard Time', None,
     "Africa/Johannesburg Africa/Maseru Africa/Mbabane"),
    ('Türkiye Standard Time', 'Türkiye Summer Time',
     "Asia/Istanbul Europe/Istanbul Turkey"),
    ('Ulaanbaatar Standard Time', 'Ulaanbaatar Summer Time',
     "Asia/Choibalsan Asia/Ulaanbaatar Asia/Ulan_Bator"),
    ('Yakutsk Standard Time', 'Yakutsk Summer Time',
     "Asia/Chita Asia/Khandyga Asia/Yakutsk"),
    ('Yukon Time', 'GMT-07:00',
     "America/Dawson America/Whitehorse Canada/Yukon"),
    ('Australian Central Standard Time', None,
     "Australia/Darwin Australia/North"),
    ('Australian Western Standard Time', 'Australian Western Daylight Time',
     "Australia/Perth Australia/West"),
    ('Bangladesh Standard Time', 'Bangladesh Summer Time',
     "Asia/Dacca Asia/Dhaka"),
    ('Bhutan Time', None,
     "Asia/Thimbu Asia/Thimphu"),
    ('Central Indonesia Time', None,
     "Asia/Makassar Asia/Ujung_Pandang"),
    ('Chamorro Standard Time', 'GMT+10:00',
     "Pacific/Guam Pacific/Saipan"),
    ('Chatham Standard Time', 'Chatham Daylight Time',
     "NZ-CHAT Pacific/Chatham"),
    ('Chile Standard Time', 'Chile Summer Time',
     "America/Santiago Chile/Continental"),
    ('Cuba Standard Time', 'Cuba Daylight Time',
     "America/Havana Cuba"),
    ('Easter Island Standard Time', 'Easter Island Summer Time',
     "Chile/EasterIsland Pacific/Easter"),
    ('Fernando de Noronha Standard Time', 'Fernando de Noronha Summer Time',
     "America/Noronha Brazil/DeNoronha"),
    ('GMT+00:00', 'GMT+01:00',
     "Africa/Casablanca Africa/El_Aaiun"),
    ('GMT+03:00', None,
     "Asia/Amman Asia/Damascus"),
    ('Gulf Standard Time', None,
     "Asia/Dubai Asia/Muscat"),
    ('Hong Kong Standard Time', 'Hong Kong Summer Time',
     "Asia/Hong_Kong Hongkong"),
    ('Iran Standard Time', 'Iran Daylight Time',
     "Asia/Tehran Iran"),
    ('Japan Standard Time', None,
     "Asia/Tokyo Japan"),
    ('Kamchatka Standard Time', 'Kamchatka Summer Time',
     "Asia/Anadyr Asia/Kamchatka"),
    ('Korean Standard Time', 'Korean Daylight Time',
     "Asia/Seoul ROK"),
    ('Lord Howe Standard Time', 'Lord Howe Daylight Time',
     "Australia/LHI Australia/Lord_Howe"),
    ('Malaysia Time', None,
     "Asia/Kuala_Lumpur Asia/Kuching"),
    ('Myanmar Time', None,
     "Asia/Rangoon Asia/Yangon"),
    ('Nepal Time', None,
     "Asia/Kathmandu Asia/Katmandu"),
    ('Newfoundland Standard Time', 'Newfoundland Daylight Time',
     "America/St_Johns Canada/Newfoundland"),
    ('Phoenix Islands Time', None,
     "Pacific/Enderbury Pacific/Kanton"),
    ('Pohnpei Time', None,
     "Pacific/Pohnpei Pacific/Ponape"),
    ('Singapore Standard Time', None,
     "Asia/Singapore Singapore"),
    ('Taiwan Standard Time', 'Taiwan Daylight Time',
     "Asia/Taipei ROC"),
    ('Turkmenistan Standard Time', 'Turkmenistan Summer Time',
     "Asia/Ashgabat Asia/Ashkhabad"),
    ('Uzbekistan Standard Time', 'Uzbekistan Summer Time',
     "Asia/Samarkand Asia/Tashkent"),
    ('Vladivostok Standard Time', 'Vladivostok Summer Time',
     "Asia/Ust-Nera Asia/Vladivostok"),
    ('Western Indonesia Time', None,
     "Asia/Jakarta Asia/Pontianak"),
    ('Afghanistan Time', None,
     "Asia/Kabul"),
    ('Arabian Standard Time', 'Arabian Daylight Time',
     "Asia/Baghdad"),
    ('Armenia Standard Time', 'Armenia Summer Time',
     "Asia/Yerevan"),
    ('Australian Central Western Standard Time', 'Australian Central Western Daylight Time',
     "Australia/Eucla"),
    ('Australian Western Standard Time', None,
     "Antarctica/Casey"),
    ('Azerbaijan Standard Time', 'Azerbaijan Summer Time',
     "Asia/Baku"),
    ('Azores Standard Time', 'Azores Summer Time',
     "Atlantic/Azores"),
    ('Bolivia Time', None,
     "America/La_Paz"),
    ('Brunei Time', None,
     "Asia/Brunei"),
    ('Cape Verde Standard Time', None,
     "Atlantic/Cape_Verde"),
    ('Christmas Island Time', None,
     "Indian/Christmas"),
    ('Cocos Islands Time', None,
     "Indian/Cocos"),
    ('Colombia Standard Time', 'Colombia Summer Time',
     "America/Bogota"),
    ('Cook Islands Standard Time', 'Cook Islands Summer Time',
     "Pacific/Rarotonga"),
    ('Davis Time', None,
     "Antarctica/Davis"),
    ('Dumont d’Urville Time', None,
     "Antarctica/DumontDUrville"),
    ('Eastern Indonesia Time', None,
     "Asia/Jayapura"),
    ('Ecuador Time', 'GMT-05:00',
     "America/Guayaquil"),
    ('Falkland Islands Standard Time', 'Falkland Islands Summer Time',
     "Atlantic/Stanley"),
    ('Fiji Standard Time', 'Fiji Summer Time',
     "Pacific/Fiji"),
    ('French Guiana Time', None,
     "America/Cayenne"),
    ('French Southern & Antarctic Time', None,
     "Indian/Kerguelen"),
    ('GMT+00:00', None,
     "localtime"),
    ('GMT+11:00', None,
     "Pacific/Bougainville"),
    ('Galapagos Time', 'GMT-06:00',
     "Pacific/Galapagos"),
    ('Gambier Time', None,
     "Pacific/Gambier"),
    ('Georgia Standard Time', 'Georgia Summer Time',
     "Asia/Tbilisi"),
    ('Gilbert Islands Time', None,
     "Pacific/Tarawa"),
    ('Greenwich Mean Time', 'GMT+00:00',
     "America/Danmarkshavn"),
    ('Greenwich Mean Time', 'GMT+02:00',
     "Antarctica/Troll"),
    ('Greenwich Mean Time', 'Irish Standard Time',
     "Europe/Dublin"),
    ('Guyana Time', None,
     "America/Guyana"),
    ('Indian Ocean Time', None,
     "Indian/Chagos"),
    ('Irkutsk Standard Time', 'Irkutsk Summer Time',
     "Asia/Irkutsk"),
    ('Khovd Standard Time', 'Khovd Summer Time',
     "Asia/Hovd"),
    ('Korean Standard Time', None,
     "Asia/Pyongyang"),
    ('Kosrae Time', None,
     "Pacific/Kosrae"),
    ('Kyrgyzstan Time', 'GMT+06:00',
     "Asia/Bishkek"),
    ('Line Islands Time', None,
     "Pacific/Kiritimati"),
    ('Maldives Time', None,
     "Indian/Maldives"),
    ('Marquesas Time', None,
     "Pacific/Marquesas"),
    ('Mauritius Standard Time', 'Mauritius Summer Time',
     "Indian/Mauritius"),
    ('Mawson Time', None,
     "Antarctica/Mawson"),
    ('Nauru Time', None,
     "Pacific/Nauru"),
    ('New Caledonia Standard Time', 'New Caledonia Summer Time',
     "Pacific/Noumea"),
    ('Niue Time', None,
     "Pacific/Niue"),
    ('Norfolk Island Standard Time', 'Norfolk Island Daylight Time',
     "Pacific/Norfolk"),
    ('Omsk Standard Time', 'Omsk Summer Time',
     "Asia/Omsk"),
    ('Pakistan Standard Time', 'Pakistan Summer Time',
     "Asia/Karachi"),
    ('Palau Time', None,
     "Pacific/Palau"),
    ('Papua New Guinea Time', None,
     "Pacific/Port_Moresby"),
    ('Paraguay Standard Time', 'Paraguay Summer Time',
     "America/Asuncion"),
    ('Peru Standard Time', 'Peru Summer Time',
     "America/Lima"),
    ('Philippine Standard Time', 'Philippine Summer Time',
     "Asia/Manila"),
    ('Pitcairn Time', None,
     "Pacific/Pitcairn"),
    ('Rothera Time', None,
     "Antarctica/Rothera"),
    ('Réunion Time', None,
     "Indian/Reunion"),
    ('Samoa Standard Time', 'Samoa Daylight Time',
     "Pacific/Apia"),
    ('Seychelles Time', None,
     "Indian/Mahe"),
    ('Solomon Islands Time', None,
     "Pacific/Guadalcanal"),
    ('South Georgia Time', None,
     "Atlantic/South_Georgia"),
    ('St. Pierre & Miquelon Standard Time', 'St. Pierre & Miquelon Daylight Time',
     "America/Miquelon"),
    ('Suriname Time', None,
     "America/Paramaribo"),
    ('Syowa Time', None,
     "Antarctica/Syowa"),
    ('Tahiti Time', None,
     "Pacific/Tahiti"),
    ('Tajikistan Time', 'GMT+05:00',
     "Asia/Dushanbe"),
    ('Timor-Leste Time', None,
     "Asia/Dili"),
    ('Tokelau Time', None,
     "Pacific/Fakaofo"),
    ('Tonga Standard Time', 'Tonga Summer Time',
     "Pacific/Tongatapu"),
    ('Tuvalu Time', None,
     "Pacific/Funafuti"),
    ('Uruguay Standard Time', 'Uruguay Summer Time',
     "America/Montevideo"),
    ('Vanuatu Standard Time', 'Vanuatu Summer Time',
     "Pacific/Efate"),
    ('Venezuela Time', None,
     "America/Caracas"),
    ('Vostok Time', None,
     "Antarctica/Vostok"),
    ('Wake Island Time', None,
     "Pacific/Wake"),
    ('Wallis & Futuna Time', None,
     "Pacific/Wallis"),
    ('West Africa Time', 'GMT+01:00',
     "Africa/Ndjamena"),
    ('Yekaterinburg Standard Time', 'Yekaterinburg Summer Time',
     "Asia/Yekaterinburg"),
)

_BY_ZONE: dict[str, tuple[str, str]] | None = None


def zone_long_names(zone: str) -> tuple[str, str] | None:
    """(standard, daylight) long names of an IANA zone, or None if not tabulated."""
    global _BY_ZONE
    if _BY_ZONE is None:
        _BY_ZONE = {z: (standard, daylight or standard)
                    for standard, daylight, zones in _GROUPS for z in zones.split()}
    return _BY_ZONE.get(zone)
