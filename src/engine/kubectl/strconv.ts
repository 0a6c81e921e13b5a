// Go's strconv.Atoi as kubectl's commands call it on flag values they parse themselves (expose's
// --port is a string flag read with Atoi): the same accepted forms and the same error text.
// [go: src/strconv/atoi.go Atoi, NumError.Error]
import { goQuote } from '../api/errors';
import { ArgError } from './args';

/** strconv.Atoi: optional sign and decimal digits, within Go's 64-bit int. */
export function atoi(s: string): number {
  if (!/^[+-]?\d+$/.test(s)) throw new ArgError(`strconv.Atoi: parsing ${goQuote(s)}: invalid syntax`);
  const big = BigInt(s);
  if (big > 9223372036854775807n || big < -9223372036854775808n) throw new ArgError(`strconv.Atoi: parsing ${goQuote(s)}: value out of range`);
  return Number(big);
}

/** Go's int32(n) conversion: wraps modulo 2^32. */
export function int32(n: number): number {
  return Number(BigInt.asIntN(32, BigInt(n)));
}

/** intstr.Parse: a number when Atoi accepts it (as int32), else the string. */
export function parseIntOrString(s: string): number | string {
  try {
    return int32(atoi(s));
  } catch {
    return s;
  }
}
