/** Reference bundle of the benchmark: a handler with nothing in it (the floor of a cold start). */
export const handler = async () => ({ statusCode: 204 });
