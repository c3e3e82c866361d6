// A closed list of error codes. Domain code throws DomainError; the API maps each code to one HTTP status in one
// place, so the same failure always looks the same to clients.

export const errorCodes = {
  validation_failed: 400,
  invalid_token: 400,
  unauthorized: 401,
  invalid_credentials: 401,
  forbidden: 403,
  email_not_verified: 403,
  not_found: 404,
  conflict: 409,
  email_taken: 409,
  already_member: 409,
  last_owner: 409,
  /** A request with the same Idempotency-Key is still running. */
  idempotency_key_in_use: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  /** The Idempotency-Key was already used for a different request. */
  idempotency_key_reused: 422,
  rate_limited: 429,
  internal: 500,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorCodes;

/**
 * Why one field was refused, where a client may want to say it in the person's language rather than show our
 * English message: a closed list, each with its Vietnamese and English wording.
 */
export const fieldErrorMessages = {
  text_control_character: {
    vi: "Có ký tự điều khiển không hiển thị được; hãy gõ lại hoặc dán dưới dạng văn bản thuần.",
    en: "Contains invisible control characters; retype it or paste it as plain text.",
  },
  text_line_break: {
    vi: "Chỉ được viết trên một dòng, không có tab hay xuống dòng.",
    en: "Must be a single line, without tabs or line breaks.",
  },
  text_bidi_control: {
    vi: "Có ký tự đảo chiều văn bản, có thể làm chữ hiển thị khác với nội dung thật.",
    en: "Contains text-direction controls that can make it display differently from what it says.",
  },
  text_invalid_unicode: {
    vi: "Có ký tự không hợp lệ; hãy gõ lại.",
    en: "Contains characters that are not valid text; retype it.",
  },
  password_too_short: {
    vi: "Mật khẩu cần ít nhất 10 ký tự. Một câu ngắn dễ nhớ là lựa chọn tốt.",
    en: "A password needs at least 10 characters. A short sentence you remember works well.",
  },
  password_too_long: {
    vi: "Mật khẩu dài tối đa 200 ký tự.",
    en: "A password can have at most 200 characters.",
  },
  password_common: {
    vi: "Mật khẩu này (hoặc một biến thể của nó) rất phổ biến hoặc đã bị lộ, nên dễ bị đoán ra.",
    en: "This password, or a variant of it, is commonly used or has been leaked, so it is easy to guess.",
  },
  password_personal: {
    vi: "Mật khẩu không được chứa email, tên của bạn hay tên tổ chức.",
    en: "The password must not contain your email address, your name or your organisation's name.",
  },
  password_pattern: {
    vi: "Mật khẩu theo một mẫu dễ đoán (lặp lại, dãy số, hàng phím, ngày tháng). Hãy thêm vài từ ít gặp.",
    en: "The password follows an easy pattern (repeats, sequences, keyboard rows, dates). Add a few uncommon words.",
  },
  password_guessable: {
    vi: "Mật khẩu quá dễ đoán. Hãy dùng vài từ ít gặp ghép lại, hoặc dài hơn.",
    en: "The password is too easy to guess. Combine a few uncommon words, or make it longer.",
  },
  file_too_large: {
    vi: "Tệp lớn hơn 20 MB. Hãy nén hoặc chia nhỏ tệp.",
    en: "The file is larger than 20 MB. Compress it or split it.",
  },
  file_type_unsupported: {
    vi: "Chỉ nhận PDF, ảnh (PNG, JPEG, WebP), bản vẽ DXF/DWG, mô hình STEP/IGES và bảng tính XLSX.",
    en: "Only PDF, images (PNG, JPEG, WebP), DXF/DWG drawings, STEP/IGES models and XLSX spreadsheets are accepted.",
  },
  file_empty: {
    vi: "Tệp trống.",
    en: "The file is empty.",
  },
} as const satisfies Record<string, { vi: string; en: string }>;

export type FieldErrorCode = keyof typeof fieldErrorMessages;

export const isFieldErrorCode = (value: unknown): value is FieldErrorCode =>
  typeof value === "string" && Object.hasOwn(fieldErrorMessages, value);

export interface FieldError {
  /** Dotted path of the offending input, prefixed by where it came from: `body.email`, `query.limit`. */
  field: string;
  message: string;
  /** Set when the reason is one a client can translate (see fieldErrorMessages). */
  code?: FieldErrorCode;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what: string) => new DomainError("not_found", `${what} not found`);
