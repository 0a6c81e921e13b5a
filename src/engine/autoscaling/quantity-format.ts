// resource.NewMilliQuantity(v, DecimalSI).String(): the canonical text of a milli-value, as HPA
// status (`currentMetrics[].resource.current.averageValue`) and describe print it: "501m", "0",
// "12", "12M", and for memory summed in milli-bytes something like "95779498666m".
// [k8s: staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go CanonicalizeBytes]
const SUFFIXES = ['', 'k', 'M', 'G', 'T', 'P', 'E'];

export function formatMilliQuantity(milli: number): string {
  const m = Math.trunc(milli);
  if (m === 0) return '0';
  if (m % 1000 !== 0) return `${m}m`;
  let n = m / 1000;
  let i = 0;
  while (n % 1000 === 0 && i < SUFFIXES.length - 1) {
    n /= 1000;
    i++;
  }
  return `${n}${SUFFIXES[i]}`;
}
