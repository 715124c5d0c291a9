// The one error this library throws for bad input, and a jsii-safe way to recognise it.

const MARKER = Symbol.for('twilio-voice-network.ValidationError');

/**
 * Thrown for bad input: every problem found, one per line, each naming the option, the value and the fix.
 *
 * Not part of the jsii API (jsii cannot export a subclass of `Error`): recognise it with
 * `TwilioErrors.isValidationError()` and read its problems with `TwilioErrors.problemsOf()`, in any language.
 */
export class TwilioValidationError extends Error {
  /** Every problem, one sentence each. */
  public readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.length === 1 ? problems[0] : `${problems.length} problems:\n- ${problems.join('\n- ')}`);
    this.name = 'TwilioVoiceNetworkValidationError';
    this.problems = [...problems];
    Object.defineProperty(this, MARKER, { value: true });
  }
}

/**
 * Recognises the errors this library throws, as aws-cdk's `Errors.isValidationError()` does for its own.
 *
 * Recognition uses a global marker rather than `instanceof`, so an error thrown by another copy of this library
 * (two versions in node_modules) is still recognised.
 *
 * @example
 * declare const error: any; // something a construct or TwilioNetworkPlan.compute() threw
 * if (TwilioErrors.isValidationError(error)) {
 *   const problems = TwilioErrors.problemsOf(error); // one sentence per bad option, naming its value and the fix
 * }
 */
export class TwilioErrors {
  /**
   * True when `x` is the validation error this library throws for bad input.
   * @param x any thrown value
   */
  public static isValidationError(x: any): boolean {
    return typeof x === 'object' && x !== null && x[MARKER] === true;
  }

  /**
   * The individual problems of a validation error (one sentence each), or an empty list for any other value.
   * @param x any thrown value
   */
  public static problemsOf(x: any): string[] {
    return TwilioErrors.isValidationError(x) ? [...(x as TwilioValidationError).problems] : [];
  }

  private constructor() {}
}
