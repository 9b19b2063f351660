// The UN M49 continental region of a mission's country (ISO 3166-1 alpha-3), for the
// overview's region filter. Kosovo (XKX, a code in common use though not assigned by ISO) is
// placed in Europe; Antarctica and unknown codes have no region.

export const REGIONS = ['africa', 'americas', 'asia', 'europe', 'oceania'] as const;
export type Region = (typeof REGIONS)[number];

const COUNTRIES: Record<Region, string> = {
  africa: `DZA EGY LBY MAR SDN TUN ESH
    BDI COM DJI ERI ETH KEN MDG MWI MUS MYT MOZ REU RWA SYC SOM SSD UGA TZA ZMB ZWE IOT ATF
    AGO CMR CAF TCD COG COD GNQ GAB STP
    BWA SWZ LSO NAM ZAF
    BEN BFA CPV CIV GMB GHA GIN GNB LBR MLI MRT NER NGA SHN SEN SLE TGO`,
  americas: `AIA ATG ABW BHS BRB BES VGB CYM CUB CUW DMA DOM GRD GLP HTI JAM MTQ MSR PRI BLM KNA LCA
    MAF VCT SXM TTO TCA VIR
    BLZ CRI SLV GTM HND MEX NIC PAN
    ARG BOL BVT BRA CHL COL ECU FLK GUF GUY PRY PER SGS SUR URY VEN
    BMU CAN GRL SPM USA`,
  asia: `KAZ KGZ TJK TKM UZB
    CHN HKG MAC PRK JPN MNG KOR TWN
    BRN KHM IDN LAO MYS MMR PHL SGP THA TLS VNM
    AFG BGD BTN IND IRN MDV NPL PAK LKA
    ARM AZE BHR CYP GEO IRQ ISR JOR KWT LBN OMN QAT SAU PSE SYR TUR ARE YEM`,
  europe: `BLR BGR CZE HUN POL MDA ROU RUS SVK UKR
    ALA DNK EST FRO FIN GGY ISL IRL IMN JEY LVA LTU NOR SJM SWE GBR
    ALB AND BIH HRV GIB GRC VAT ITA MLT MNE MKD PRT SMR SRB SVN ESP XKX
    AUT BEL FRA DEU LIE LUX MCO NLD CHE`,
  oceania: `AUS NZL NFK HMD CXR CCK
    FJI NCL PNG SLB VUT
    GUM KIR MHL FSM NRU MNP PLW UMI
    ASM COK PYF NIU PCN WSM TKL TON TUV WLF`,
};

const REGION_OF = new Map<string, Region>(
  REGIONS.flatMap((region) => COUNTRIES[region].split(/\s+/).map((code): [string, Region] => [code, region])),
);

/** The M49 region of an ISO 3166-1 alpha-3 code; null for a code it does not know. */
export function regionOf(country: string): Region | null {
  return REGION_OF.get(country.trim().toUpperCase()) ?? null;
}

export const isRegion = (value: unknown): value is Region => (REGIONS as readonly unknown[]).includes(value);
