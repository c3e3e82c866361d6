import { describe, expect, it } from "vitest";
import { organizationJsonLd, serializeJsonLd } from "../lib/json-ld";

describe("JSON-LD serialisation", () => {
  it("cannot close the script element or open markup, and stays the same JSON", () => {
    const data = { name: "</script><script>alert(1)</script> & <img src=x onerror=alert(1)>" };
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual(data);
  });

  it("describes a supplier as a schema.org Organization", () => {
    const ld = organizationJsonLd({
      url: "https://ketnoi.vn/vi/suppliers/1",
      legalName: "Công ty TNHH Bao Bì Sài Gòn",
      tradeName: "SG Pack",
      description: null,
      taxCode: "0312687878",
      address: null,
      province: "TP. Hồ Chí Minh",
      lat: 10.8,
      lng: 106.6,
      website: null,
      yearFounded: 2009,
      staffSize: null,
      certifications: ["ISO 9001"],
      languages: ["vi", "en"],
      zoneName: "Khu công nghiệp Tân Phú Trung",
    });
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Organization",
      name: "SG Pack",
      legalName: "Công ty TNHH Bao Bì Sài Gòn",
      taxID: "0312687878",
      foundingDate: "2009",
      address: { addressCountry: "VN", addressRegion: "TP. Hồ Chí Minh" },
      location: { name: "Khu công nghiệp Tân Phú Trung", geo: { latitude: 10.8, longitude: 106.6 } },
      knowsLanguage: ["vi", "en"],
      hasCertification: [{ "@type": "Certification", name: "ISO 9001" }],
    });
    expect(ld).not.toHaveProperty("description");
  });
});
