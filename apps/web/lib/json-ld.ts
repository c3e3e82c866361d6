// schema.org data in a <script type="application/ld+json">. JSON.stringify alone is not safe inside a script
// element: a supplier name containing "</script>" would end it. Every character that can open or close markup,
// and the two line separators JavaScript parsers once choked on, are written as \u escapes (still valid JSON).

export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

export interface OrganizationFacts {
  url: string;
  legalName: string;
  tradeName: string | null;
  description: string | null;
  taxCode: string;
  address: string | null;
  province: string;
  lat: number;
  lng: number;
  website: string | null;
  yearFounded: number | null;
  staffSize: number | null;
  certifications: string[];
  /** Languages spoken, as BCP 47 codes ("vi", "en"). */
  languages: string[];
  /** The industrial zone the supplier is located in, by name. */
  zoneName: string | null;
}

/** A supplier as a schema.org Organization. */
export function organizationJsonLd(facts: OrganizationFacts): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    "@id": facts.url,
    url: facts.url,
    name: facts.tradeName ?? facts.legalName,
    legalName: facts.legalName,
    ...(facts.description ? { description: facts.description } : {}),
    taxID: facts.taxCode,
    address: {
      "@type": "PostalAddress",
      ...(facts.address ? { streetAddress: facts.address } : {}),
      addressRegion: facts.province,
      addressCountry: "VN",
    },
    location: {
      "@type": "Place",
      ...(facts.zoneName ? { name: facts.zoneName } : {}),
      geo: { "@type": "GeoCoordinates", latitude: facts.lat, longitude: facts.lng },
    },
    ...(facts.website ? { sameAs: [facts.website] } : {}),
    ...(facts.yearFounded ? { foundingDate: String(facts.yearFounded) } : {}),
    ...(facts.staffSize
      ? { numberOfEmployees: { "@type": "QuantitativeValue", value: facts.staffSize } }
      : {}),
    ...(facts.languages.length > 0 ? { knowsLanguage: facts.languages } : {}),
    ...(facts.certifications.length > 0
      ? { hasCertification: facts.certifications.map((name) => ({ "@type": "Certification", name })) }
      : {}),
  };
}
