// The names people and organisations give themselves: shown to other organisations, in email subjects and on
// invitation pages, so one line of clean text (clean-text.ts).
import { singleLineText } from "../text/clean-text.js";

export const personNameSchema = singleLineText(120).describe("e.g. Nguyễn Văn An");
export const organizationNameSchema = singleLineText(200).describe("e.g. Công ty TNHH Bao Bì Minh Phát");
