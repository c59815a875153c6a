// The baseline for P3: a bare Node HTTP handler answering the same JSON as the GraphQL query.
import { createServer } from 'node:http';

const body = process.env['BARE_BODY'] ?? '{}';
createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
}).listen(Number(process.env['PORT']), '127.0.0.1');
