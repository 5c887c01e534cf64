/** Request bodies for POST /api/assess, as sent: valid ones first, then ones the route refuses. */
export declare function assessBodies(): { name: string; text: string }[];
export declare const BENCH_BODY: Record<string, unknown>;
