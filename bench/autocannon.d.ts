// The part of autocannon's API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  type Histogram = { average: number; mean: number; stddev: number; min: number; max: number; p50: number; p90: number; p99: number };
  /** One request of a sequence; `setupRequest` may rewrite it before each send (a new path per request). */
  type Request = { method?: string; path?: string; headers?: Record<string, string>; body?: string; setupRequest?: (request: Request) => Request };
  export type Options = { url: string; method?: string; headers?: Record<string, string>; body?: string; connections?: number; duration?: number; timeout?: number; requests?: Request[] };
  export type Result = { requests: Histogram; latency: Histogram; throughput: Histogram; errors: number; timeouts: number; non2xx: number; '2xx': number };
  /** A run: its result when awaited; meanwhile one 'response' event per answer, its latency in fractional milliseconds. */
  export type Instance = Promise<Result> & { on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): Instance };
  export default function autocannon(options: Options): Instance;
}
