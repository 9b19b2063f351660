// The Gleditsch–Ward numbering of states, which UCDP GED's `country_id` uses (UCDP GED codebook),
// mapped to the ISO 3166-1 alpha-3 codes missions use. Source: Gleditsch, K. S. & Ward, M. D.
// (1999), "Interstate System Membership: A Revised List of the Independent States since 1816",
// International Interactions 25: 393–413, and its list of microstates (ksgleditsch.com/data,
// ksgmdw.txt and microstates.txt). Every state in either list that existed on or after
// 1 January 1989, where GED begins. Names are Gleditsch and Ward's.
//
// Where a state has since dissolved, its events belong to the successor a mission would name:
// the German Democratic Republic (265, to 1990) to Germany, the People's Republic of Yemen
// (680, to 1990) to Yemen, Yugoslavia (345, to 2006; GED's "Serbia (Yugoslavia)") to Serbia.
// Czechoslovakia (315, to 1992) has no single successor and is left out.

const STATES = `
2 USA United States of America
20 CAN Canada
31 BHS Bahamas
40 CUB Cuba
41 HTI Haiti
42 DOM Dominican Republic
51 JAM Jamaica
52 TTO Trinidad and Tobago
53 BRB Barbados
54 DMA Dominica
55 GRD Grenada
56 LCA Saint Lucia
57 VCT Saint Vincent and the Grenadines
58 ATG Antigua and Barbuda
60 KNA Saint Kitts and Nevis
70 MEX Mexico
80 BLZ Belize
90 GTM Guatemala
91 HND Honduras
92 SLV El Salvador
93 NIC Nicaragua
94 CRI Costa Rica
95 PAN Panama
100 COL Colombia
101 VEN Venezuela
110 GUY Guyana
115 SUR Surinam
130 ECU Ecuador
135 PER Peru
140 BRA Brazil
145 BOL Bolivia
150 PRY Paraguay
155 CHL Chile
160 ARG Argentina
165 URY Uruguay
200 GBR United Kingdom
205 IRL Ireland
210 NLD Netherlands
211 BEL Belgium
212 LUX Luxembourg
220 FRA France
221 MCO Monaco
223 LIE Liechtenstein
225 CHE Switzerland
230 ESP Spain
232 AND Andorra
235 PRT Portugal
260 DEU German Federal Republic
265 DEU German Democratic Republic
290 POL Poland
305 AUT Austria
310 HUN Hungary
316 CZE Czech Republic
317 SVK Slovakia
325 ITA Italy
331 SMR San Marino
338 MLT Malta
339 ALB Albania
340 SRB Serbia
341 MNE Montenegro
343 MKD Macedonia (Former Yugoslav Republic of)
344 HRV Croatia
345 SRB Yugoslavia
346 BIH Bosnia and Herzegovina
347 XKX Kosovo
349 SVN Slovenia
350 GRC Greece
352 CYP Cyprus
355 BGR Bulgaria
359 MDA Moldova
360 ROU Romania
365 RUS Russia (Soviet Union)
366 EST Estonia
367 LVA Latvia
368 LTU Lithuania
369 UKR Ukraine
370 BLR Belarus
371 ARM Armenia
372 GEO Georgia
373 AZE Azerbaijan
375 FIN Finland
380 SWE Sweden
385 NOR Norway
390 DNK Denmark
395 ISL Iceland
402 CPV Cape Verde
403 STP Sao Tome and Principe
404 GNB Guinea-Bissau
411 GNQ Equatorial Guinea
420 GMB Gambia
432 MLI Mali
433 SEN Senegal
434 BEN Benin
435 MRT Mauritania
436 NER Niger
437 CIV Cote D'Ivoire
438 GIN Guinea
439 BFA Burkina Faso (Upper Volta)
450 LBR Liberia
451 SLE Sierra Leone
452 GHA Ghana
461 TGO Togo
471 CMR Cameroon
475 NGA Nigeria
481 GAB Gabon
482 CAF Central African Republic
483 TCD Chad
484 COG Congo
490 COD Congo, Democratic Republic of (Zaire)
500 UGA Uganda
501 KEN Kenya
510 TZA Tanzania (Tanganyika)
516 BDI Burundi
517 RWA Rwanda
520 SOM Somalia
522 DJI Djibouti
530 ETH Ethiopia
531 ERI Eritrea
540 AGO Angola
541 MOZ Mozambique
551 ZMB Zambia
552 ZWE Zimbabwe (Rhodesia)
553 MWI Malawi
560 ZAF South Africa
565 NAM Namibia
570 LSO Lesotho
571 BWA Botswana
572 SWZ Swaziland (Eswatini)
580 MDG Madagascar (Malagasy)
581 COM Comoros
590 MUS Mauritius
591 SYC Seychelles
600 MAR Morocco
615 DZA Algeria
616 TUN Tunisia
620 LBY Libya
625 SDN Sudan
626 SSD South Sudan
630 IRN Iran (Persia)
640 TUR Turkey (Ottoman Empire)
645 IRQ Iraq
651 EGY Egypt
652 SYR Syria
660 LBN Lebanon
663 JOR Jordan
666 ISR Israel
670 SAU Saudi Arabia
678 YEM Yemen (Arab Republic of Yemen)
680 YEM Yemen, People's Republic of
690 KWT Kuwait
692 BHR Bahrain
694 QAT Qatar
696 ARE United Arab Emirates
698 OMN Oman
700 AFG Afghanistan
701 TKM Turkmenistan
702 TJK Tajikistan
703 KGZ Kyrgyz Republic
704 UZB Uzbekistan
705 KAZ Kazakhstan
710 CHN China
712 MNG Mongolia
713 TWN Taiwan
731 PRK Korea, People's Republic of
732 KOR Korea, Republic of
740 JPN Japan
750 IND India
760 BTN Bhutan
770 PAK Pakistan
771 BGD Bangladesh
775 MMR Myanmar (Burma)
780 LKA Sri Lanka (Ceylon)
781 MDV Maldives
790 NPL Nepal
800 THA Thailand
811 KHM Cambodia (Kampuchea)
812 LAO Laos
816 VNM Vietnam, Democratic Republic of
820 MYS Malaysia
830 SGP Singapore
835 BRN Brunei
840 PHL Philippines
850 IDN Indonesia
860 TLS East Timor
900 AUS Australia
910 PNG Papua New Guinea
920 NZL New Zealand
935 VUT Vanuatu
940 SLB Solomon Islands
950 FJI Fiji
970 KIR Kiribati
971 NRU Nauru
972 TON Tonga
973 TUV Tuvalu
983 MHL Marshall Islands
986 PLW Palau
987 FSM Micronesia, Federated States of
990 WSM Samoa/Western Samoa
`;

export interface GleditschWardState {
  /** Gleditsch–Ward number, GED's `country_id`. */
  code: number;
  /** ISO 3166-1 alpha-3 code of the state or its successor. */
  alpha3: string;
  name: string;
}

export const GLEDITSCH_WARD_STATES: readonly GleditschWardState[] = STATES.trim()
  .split('\n')
  .map((line) => {
    const [, code, alpha3, name] = /^(\d+) ([A-Z]{3}) (.+)$/.exec(line) as RegExpExecArray;
    return { code: Number(code), alpha3, name };
  });

const BY_CODE = new Map(GLEDITSCH_WARD_STATES.map((state) => [state.code, state]));

/** The state a Gleditsch–Ward number names; null for a number not in the list. */
export function gleditschWardState(code: number): GleditschWardState | null {
  return BY_CODE.get(code) ?? null;
}
