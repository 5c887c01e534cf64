// A bare Fastify server for the transport ceiling: no routes of ours, no validation, no work.
// GET /health answers like ours; POST /fixed answers a precomputed JSON body of FIXED_BYTES bytes.
import Fastify from 'fastify';

const size = Number(process.env.FIXED_BYTES ?? 0);
const fixed = JSON.stringify({ pad: 'x'.repeat(Math.max(0, size - 10)) });
const app = Fastify({ logger: false });
app.get('/health', async () => ({ ok: true }));
app.post('/fixed', async (_request, reply) => reply.type('application/json; charset=utf-8').send(fixed));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.stdout.write('ready\n');
