// Realistic sample emails for `pnpm email:preview` and the template tests: the account emails, both sides of the
// marketplace, both languages, with match explanations produced by the real scoring function rather than written by hand.
import {
  type DigestActivity,
  type DigestWindow,
  type Language,
  type MatchCandidate,
  type MatchRequest,
  scoreMatch,
  selectDigest,
} from "@ketnoi/domain";
import type { DigestEmailInput } from "../digest/digest-email.js";
import type { EmailTemplates } from "../email-templates.js";
import type { RenderedMessage } from "../messages/message-renderer.js";
import { ProductLinks } from "../product-links.js";

const kmPerDegree = 111.195;
const vsip = { lat: 10.93, lng: 106.71 };

const request = (overrides: Partial<MatchRequest> = {}): MatchRequest => ({
  categories: ["packaging.corrugated-cartons"],
  requiredCertifications: [],
  delivery: vsip,
  maxDistanceKm: 40,
  quantity: { value: 20_000, unit: "cartons" },
  monthlyVolume: { value: 20_000, unit: "cartons" },
  neededBy: "2026-12-31",
  ...overrides,
});

const supplier = (km: number, overrides: Partial<MatchCandidate> = {}): MatchCandidate => ({
  id: "sample",
  categories: ["packaging.corrugated-cartons"],
  certifications: [{ code: "iso-9001" }],
  lat: vsip.lat + km / kmPerDegree,
  lng: vsip.lng,
  deliveryRadiusKm: 60,
  monthlyCapacity: { value: 80_000, unit: "cartons" },
  moq: { value: 1_000, unit: "cartons" },
  leadTimeDays: 10,
  verified: true,
  textRelevance: 0.9,
  matchedTerms: ["thùng carton 5 lớp"],
  ...overrides,
});

const explain = (req: Partial<MatchRequest>, km: number, candidate: Partial<MatchCandidate> = {}) =>
  scoreMatch(request(req), supplier(km, candidate), { today: "2026-12-01" });

/** The week the samples describe: Monday 30 Nov to Monday 7 Dec 2026, 08:00 in Ho Chi Minh City. */
const sampleWindow: DigestWindow = {
  since: new Date("2026-11-30T01:00:00Z"),
  until: new Date("2026-12-07T01:00:00Z"),
};
const during = (day: number) => new Date(Date.UTC(2026, 11, day, 3, 0));
const uuid = (n: number) => `0190f5c2-0000-7000-8000-${String(n).padStart(12, "0")}`;

export const sampleBuyerActivity: DigestActivity = {
  buyerRequests: [
    {
      requestId: uuid(1),
      title: "Thùng carton 5 lớp in 2 màu cho linh kiện điện tử",
      quoteDeadline: new Date("2026-12-18T10:00:00Z"),
      matches: [
        ["Công ty TNHH Bao Bì Sóng Thần", 8, {}],
        ["Bao Bì Giấy Tân Uyên", 14, { verified: false }],
        ["Công ty CP Bao Bì Biên Hòa", 31, { certifications: [{ code: "iso-9001" }, { code: "fsc" }] }],
        ["Xưởng Carton Mỹ Phước", 22, { monthlyCapacity: { value: 25_000, unit: "cartons" } }],
        ["Công ty TNHH In Bao Bì Đông Á", 35, {}],
        ["Bao Bì Việt Hưng", 18, { leadTimeDays: 7 }],
        ["Carton Thuận An", 12, { verified: false }],
      ].map(([name, km, overrides], i) => {
        const result = explain(
          { requiredCertifications: ["iso-9001"] },
          km as number,
          overrides as Partial<MatchCandidate>,
        );
        return {
          supplierId: uuid(100 + i),
          supplierName: name as string,
          verified: (overrides as Partial<MatchCandidate>).verified ?? true,
          score: result.score,
          explanation: result.explanation,
          matchedAt: during(2 + (i % 4)),
        };
      }),
      quotes: [
        {
          responseId: uuid(200),
          supplierId: uuid(100),
          supplierName: "Công ty TNHH Bao Bì Sóng Thần",
          unitPrice: { amount: 12_500, currency: "VND" },
          quantityUnit: "cartons",
          leadTimeDays: 10,
          validUntil: "2026-12-31",
          receivedAt: during(4),
          explanation: explain({ requiredCertifications: ["iso-9001"] }, 8).explanation,
        },
        {
          responseId: uuid(201),
          supplierId: uuid(102),
          supplierName: "Công ty CP Bao Bì Biên Hòa",
          unitPrice: { amount: 11_900, currency: "VND" },
          quantityUnit: "cartons",
          leadTimeDays: 14,
          validUntil: "2027-01-15",
          receivedAt: during(5),
          explanation: null,
        },
      ],
    },
    {
      requestId: uuid(2),
      title: "Khay nhựa PET định hình đựng linh kiện",
      quoteDeadline: new Date("2026-12-22T10:00:00Z"),
      matches: [
        {
          supplierId: uuid(110),
          supplierName: "Nhựa Kỹ Thuật Long Hậu",
          verified: true,
          ...(() => {
            const trays = { value: 50_000, unit: "pieces" };
            const r = explain(
              { categories: ["plastics.thermoforming"], quantity: trays, monthlyVolume: trays },
              26,
              {
                categories: ["plastics.thermoforming"],
                monthlyCapacity: { value: 200_000, unit: "pieces" },
              },
            );
            return { score: r.score, explanation: r.explanation };
          })(),
          matchedAt: during(3),
        },
      ],
      quotes: [],
    },
  ],
  suppliers: [],
};

const fscRequest = { requiredCertifications: ["fsc"] };
export const sampleSupplierActivity: DigestActivity = {
  buyerRequests: [],
  suppliers: [
    {
      supplierId: uuid(300),
      supplierName: "Công ty TNHH Bao Bì Sóng Thần",
      certifications: [
        { code: "iso-9001", expiresOn: "2027-01-03" },
        { code: "iso-14001", expiresOn: "2028-05-01" },
      ],
      opportunities: [
        [
          "Thùng carton 5 lớp in 2 màu cho linh kiện điện tử",
          "Công ty TNHH Điện Tử Tân Thuận",
          8,
          "2026-12-18T10:00:00Z",
        ],
        ["Thùng carton xuất khẩu 3 lớp, 50.000 thùng/tháng", null, 17, "2026-12-15T10:00:00Z"],
        ["Hộp carton đựng giày, in flexo", "Công ty TNHH Giày Da Mỹ Phước", 24, "2026-12-21T10:00:00Z"],
      ].map(([title, buyerName, km, deadline], i) => {
        const result = explain({}, km as number);
        return {
          requestId: uuid(400 + i),
          title: title as string,
          buyerName: buyerName as string | null,
          quoteDeadline: new Date(deadline as string),
          neededBy: "2026-12-31",
          score: result.score,
          explanation: result.explanation,
          matchedAt: during(2 + i),
        };
      }),
      nearMisses: [
        ...[0, 1, 2].map((i) => ({
          requestId: uuid(500 + i),
          title: `Thùng carton FSC cho nội thất xuất khẩu ${i + 1}`,
          explanation: explain(fscRequest, 10 + i).explanation,
          matchedAt: during(3),
        })),
        {
          requestId: uuid(510),
          title: "Thùng carton cho nhà máy ở Long An",
          explanation: explain({ maxDistanceKm: 20 }, 33).explanation,
          matchedAt: during(4),
        },
      ],
    },
  ],
};

const sampleRecipients: Record<Language, { name: string; language: Language }> = {
  vi: { name: "Nguyễn Thị Lan", language: "vi" },
  en: { name: "Daniel Park", language: "en" },
};

export function sampleDigestInput(
  activity: DigestActivity,
  lang: Language,
  links = new ProductLinks("https://ketnoi.example"),
): DigestEmailInput {
  return {
    recipient: sampleRecipients[lang],
    selection: selectDigest(activity, sampleWindow),
    window: sampleWindow,
    links,
    unsubscribeUrl: links.unsubscribe("d.sample-token", lang),
  };
}

/** Every sample email, named for its file: `verify-email-vi`, `digest-buyer-vi`, `quote-received-en`, … */
export function renderPreviewSamples(templates: EmailTemplates): { name: string; email: RenderedMessage }[] {
  const links = new ProductLinks("https://ketnoi.example");
  const samples: { name: string; email: RenderedMessage }[] = [];
  for (const lang of ["vi", "en"] as const) {
    samples.push({
      name: `verify-email-${lang}`,
      email: templates.verifyEmail({
        recipient: sampleRecipients[lang],
        organizationName: "Công ty TNHH Bao Bì Sóng Thần",
        verifyUrl: links.verifyEmail("sample-verification-token", lang),
        expiresInHours: 48,
      }),
    });
    samples.push({
      name: `password-reset-${lang}`,
      email: templates.passwordReset({
        recipient: sampleRecipients[lang],
        resetUrl: links.resetPassword("sample-reset-token", lang),
        expiresInMinutes: 60,
      }),
    });
    samples.push({
      name: `invitation-${lang}`,
      email: templates.invitation({
        language: lang,
        inviterName: "Trần Văn Minh",
        organizationName: "Công ty TNHH Bao Bì Sóng Thần",
        acceptUrl: links.acceptInvitation("sample-invitation-token", lang),
        expiresInDays: 7,
        role: "member",
      }),
    });
    samples.push({
      name: `sign-in-unlock-${lang}`,
      email: templates.signInUnlock({
        recipient: sampleRecipients[lang],
        unlockUrl: links.unlockSignIn("sample-unlock-token", lang),
        expiresInMinutes: 60,
      }),
    });
    samples.push({
      name: `digest-buyer-${lang}`,
      email: templates.digest(sampleDigestInput(sampleBuyerActivity, lang, links)),
    });
    samples.push({
      name: `digest-supplier-${lang}`,
      email: templates.digest(sampleDigestInput(sampleSupplierActivity, lang, links)),
    });
    samples.push({
      name: `digest-both-${lang}`,
      email: templates.digest(
        sampleDigestInput(
          { buyerRequests: sampleBuyerActivity.buyerRequests, suppliers: sampleSupplierActivity.suppliers },
          lang,
          links,
        ),
      ),
    });
    const cartonRequest = {
      id: uuid(1),
      title: "Thùng carton 5 lớp in 2 màu cho linh kiện điện tử",
      quantityUnit: "cartons",
    };
    const songThan = {
      supplierName: "Công ty TNHH Bao Bì Sóng Thần",
      unitPrice: { amount: 12_500, currency: "VND" },
      leadTimeDays: 10,
      validUntil: "2026-12-31",
      revision: 1,
      revised: false,
      explanation: explain({ requiredCertifications: ["iso-9001"] }, 8).explanation,
    };
    samples.push({
      name: `quote-received-${lang}`,
      email: templates.quoteNews({
        recipient: sampleRecipients[lang],
        links,
        unsubscribeUrl: links.unsubscribe("i.sample-token", lang),
        request: cartonRequest,
        quotes: [songThan],
      }),
    });
    // What the buyer gets at the end of the 15-minute pause after that first email.
    samples.push({
      name: `quote-news-gathered-${lang}`,
      email: templates.quoteNews({
        recipient: sampleRecipients[lang],
        links,
        unsubscribeUrl: links.unsubscribe("i.sample-token", lang),
        request: cartonRequest,
        quotes: [
          { ...songThan, unitPrice: { amount: 11_900, currency: "VND" }, revision: 3, revised: true },
          {
            supplierName: "Bao Bì Giấy Tân Uyên",
            unitPrice: { amount: 0.48, currency: "USD" },
            leadTimeDays: 14,
            validUntil: "2027-01-15",
            revision: 1,
            revised: false,
            explanation: explain({ requiredCertifications: ["iso-9001"] }, 14, { verified: false })
              .explanation,
          },
        ],
      }),
    });
    // A supplier's question to the buyer, and the buyer's answer to all as each supplier reads of it.
    samples.push({
      name: `message-to-buyer-${lang}`,
      email: templates.quoteNews({
        recipient: sampleRecipients[lang],
        links,
        unsubscribeUrl: links.unsubscribe("i.sample-token", lang),
        reader: "buyer",
        request: cartonRequest,
        quotes: [],
        messages: [
          { supplierId: uuid(7), supplierName: songThan.supplierName, count: 1, answerToAll: false },
        ],
      }),
    });
    samples.push({
      name: `answer-to-all-${lang}`,
      email: templates.quoteNews({
        recipient: sampleRecipients[lang],
        links,
        unsubscribeUrl: links.unsubscribe("i.sample-token", lang),
        reader: "supplier",
        request: cartonRequest,
        quotes: [],
        messages: [{ supplierId: uuid(7), supplierName: songThan.supplierName, count: 1, answerToAll: true }],
      }),
    });
    // A supplier's same-day alert: one new request, then what gathered in the hour after.
    const alertRequest = {
      id: uuid(1),
      title: "Thùng carton 5 lớp in 2 màu cho linh kiện điện tử",
      quantity: { value: 20_000, unit: "cartons" },
      province: "Bình Dương",
      neededBy: "2026-12-31",
      quoteDeadline: new Date("2026-12-20T10:00:00Z"),
      explanation: explain({ requiredCertifications: ["iso-9001"] }, 8).explanation,
    };
    const alertSupplier = { id: uuid(2), name: "Bao Bì Sóng Thần" };
    samples.push({
      name: `request-alert-${lang}`,
      email: templates.requestAlert({
        recipient: sampleRecipients[lang],
        links,
        unsubscribeUrl: links.unsubscribe("a.sample-token", lang),
        supplier: alertSupplier,
        requests: [alertRequest],
      }),
    });
    samples.push({
      name: `request-alert-gathered-${lang}`,
      email: templates.requestAlert({
        recipient: sampleRecipients[lang],
        links,
        unsubscribeUrl: links.unsubscribe("a.sample-token", lang),
        supplier: alertSupplier,
        requests: [
          alertRequest,
          {
            ...alertRequest,
            id: uuid(3),
            title: "Hộp giấy kraft đựng thực phẩm",
            quantity: { value: 5_000, unit: "pieces" },
            province: "Đồng Nai",
            explanation: explain({ requiredCertifications: [] }, 21).explanation,
          },
        ],
      }),
    });
    samples.push({
      name: `request-invitation-${lang}`,
      email: templates.requestInvitation({
        recipient: sampleRecipients[lang],
        links,
        unsubscribeUrl: links.unsubscribe("a.sample-token", lang),
        supplier: { id: uuid(2), name: "Công ty TNHH Bao Bì Phú Thịnh" },
        request: {
          id: uuid(1),
          title: "Thùng carton 5 lớp in 2 màu cho linh kiện điện tử",
          quantity: { value: 20_000, unit: "pieces" },
          neededBy: "2027-01-15",
          quoteDeadline: new Date("2026-12-20T10:00:00Z"),
        },
        buyerName: "Công ty CP Điện tử Sóng Thần",
      }),
    });
    for (const awarded of [true, false]) {
      samples.push({
        name: `request-${awarded ? "awarded" : "not-awarded"}-${lang}`,
        email: templates.quoteOutcome({
          recipient: sampleRecipients[lang],
          links,
          unsubscribeUrl: links.unsubscribe("i.sample-token", lang),
          request: { id: uuid(1), title: "Thùng carton 5 lớp in 2 màu cho linh kiện điện tử" },
          awarded,
          reason: awarded ? "" : "Giao hàng sớm hơn, có ISO 9001",
        }),
      });
    }
  }
  return samples;
}
