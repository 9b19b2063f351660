// Every ISO 3166-1 country by its alpha-3 code (the one missions use), with its alpha-2 code
// (the one Intl.DisplayNames names in any language) and its UN M49 continental region, for
// the overview's region filter. Kosovo's XKX/XK, codes in common use though not assigned by
// ISO, is placed in Europe; Antarctica has no region and is left out.

export const REGIONS = ['africa', 'americas', 'asia', 'europe', 'oceania'] as const;
export type Region = (typeof REGIONS)[number];

const COUNTRIES: Record<Region, string> = {
  africa: `DZA:DZ EGY:EG LBY:LY MAR:MA SDN:SD TUN:TN ESH:EH
    BDI:BI COM:KM DJI:DJ ERI:ER ETH:ET KEN:KE MDG:MG MWI:MW MUS:MU MYT:YT MOZ:MZ REU:RE RWA:RW SYC:SC
    SOM:SO SSD:SS UGA:UG TZA:TZ ZMB:ZM ZWE:ZW IOT:IO ATF:TF
    AGO:AO CMR:CM CAF:CF TCD:TD COG:CG COD:CD GNQ:GQ GAB:GA STP:ST
    BWA:BW SWZ:SZ LSO:LS NAM:NA ZAF:ZA
    BEN:BJ BFA:BF CPV:CV CIV:CI GMB:GM GHA:GH GIN:GN GNB:GW LBR:LR MLI:ML MRT:MR NER:NE NGA:NG SHN:SH
    SEN:SN SLE:SL TGO:TG`,
  americas: `AIA:AI ATG:AG ABW:AW BHS:BS BRB:BB BES:BQ VGB:VG CYM:KY CUB:CU CUW:CW DMA:DM DOM:DO GRD:GD
    GLP:GP HTI:HT JAM:JM MTQ:MQ MSR:MS PRI:PR BLM:BL KNA:KN LCA:LC MAF:MF VCT:VC SXM:SX TTO:TT TCA:TC
    VIR:VI
    BLZ:BZ CRI:CR SLV:SV GTM:GT HND:HN MEX:MX NIC:NI PAN:PA
    ARG:AR BOL:BO BVT:BV BRA:BR CHL:CL COL:CO ECU:EC FLK:FK GUF:GF GUY:GY PRY:PY PER:PE SGS:GS SUR:SR
    URY:UY VEN:VE
    BMU:BM CAN:CA GRL:GL SPM:PM USA:US`,
  asia: `KAZ:KZ KGZ:KG TJK:TJ TKM:TM UZB:UZ
    CHN:CN HKG:HK MAC:MO PRK:KP JPN:JP MNG:MN KOR:KR TWN:TW
    BRN:BN KHM:KH IDN:ID LAO:LA MYS:MY MMR:MM PHL:PH SGP:SG THA:TH TLS:TL VNM:VN
    AFG:AF BGD:BD BTN:BT IND:IN IRN:IR MDV:MV NPL:NP PAK:PK LKA:LK
    ARM:AM AZE:AZ BHR:BH CYP:CY GEO:GE IRQ:IQ ISR:IL JOR:JO KWT:KW LBN:LB OMN:OM QAT:QA SAU:SA PSE:PS
    SYR:SY TUR:TR ARE:AE YEM:YE`,
  europe: `BLR:BY BGR:BG CZE:CZ HUN:HU POL:PL MDA:MD ROU:RO RUS:RU SVK:SK UKR:UA
    ALA:AX DNK:DK EST:EE FRO:FO FIN:FI GGY:GG ISL:IS IRL:IE IMN:IM JEY:JE LVA:LV LTU:LT NOR:NO SJM:SJ
    SWE:SE GBR:GB
    ALB:AL AND:AD BIH:BA HRV:HR GIB:GI GRC:GR VAT:VA ITA:IT MLT:MT MNE:ME MKD:MK PRT:PT SMR:SM SRB:RS
    SVN:SI ESP:ES XKX:XK
    AUT:AT BEL:BE FRA:FR DEU:DE LIE:LI LUX:LU MCO:MC NLD:NL CHE:CH`,
  oceania: `AUS:AU NZL:NZ NFK:NF HMD:HM CXR:CX CCK:CC
    FJI:FJ NCL:NC PNG:PG SLB:SB VUT:VU
    GUM:GU KIR:KI MHL:MH FSM:FM NRU:NR MNP:MP PLW:PW UMI:UM
    ASM:AS COK:CK PYF:PF NIU:NU PCN:PN WSM:WS TKL:TK TON:TO TUV:TV WLF:WF`,
};

interface Country {
  alpha2: string;
  region: Region;
}

/** By alpha-3 code. */
export const COUNTRY_CODES: ReadonlyMap<string, Country> = new Map(
  REGIONS.flatMap((region) =>
    COUNTRIES[region].split(/\s+/).map((pair): [string, Country] => {
      const [alpha3, alpha2] = pair.split(':') as [string, string];
      return [alpha3, { alpha2, region }];
    }),
  ),
);

const lookup = (alpha3: string) => COUNTRY_CODES.get(alpha3.trim().toUpperCase());

/** The M49 region of an ISO 3166-1 alpha-3 code; null for a code it does not know. */
export function regionOf(alpha3: string): Region | null {
  return lookup(alpha3)?.region ?? null;
}

/** The alpha-2 code of an alpha-3 one, for Intl.DisplayNames; null for a code it does not know. */
export function alpha2Of(alpha3: string): string | null {
  return lookup(alpha3)?.alpha2 ?? null;
}
