/** Thrown for input that cannot be parsed at all; names the input and says why. */
export class ArticleInputError extends Error {
  readonly input: string;
  readonly code: "EMPTY" | "BINARY" | "TOO_LARGE" | "NO_ARTICLE" | "INVALID_JSON" | "INVALID_RECORD";
  constructor(input: string, code: ArticleInputError["code"], reason: string) {
    super(`${input}: ${reason}`);
    this.name = "ArticleInputError";
    this.input = input;
    this.code = code;
  }
}
