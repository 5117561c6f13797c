/**
 * Cold requests: a fresh Node process loads a built bundle and handles its first event against
 * DynamoDB Local behind a local TLS proxy, so the SDK takes the HTTPS path (TLS handshake, agent)
 * that it takes on Lambda. The certificate is a throwaway self-signed one, trusted through
 * NODE_EXTRA_CA_CERTS in the child process only.
 */
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type Server } from 'node:https';
import { join } from 'node:path';
import { evalArgs, loadStatement } from './bundles.ts';

export interface TlsProxy {
  endpoint: string;
  caFile: string;
  stop(): Promise<void>;
}

/** An HTTPS server on localhost that forwards every request to the plain-HTTP `target`. */
export async function startTlsProxy(target: string, dir: string): Promise<TlsProxy> {
  const keyFile = join(dir, 'proxy-key.pem');
  const caFile = join(dir, 'proxy-cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      caFile,
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  const upstream = new URL(target);
  const server: Server = createServer(
    { key: readFileSync(keyFile), cert: readFileSync(caFile) },
    (req, res) => {
      const forward = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: req.headers,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', (error) => {
        res.writeHead(502);
        res.end(String(error));
      });
      req.pipe(forward);
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    endpoint: `https://localhost:${port}`,
    caFile,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * One cold request: ms from loading the bundle to the first response, inside the fresh process.
 * Asynchronous: the TLS proxy answering the child runs on this process's event loop.
 */
export async function coldRequestOnce(file: string, event: unknown, env: NodeJS.ProcessEnv): Promise<number> {
  const context = "{awsRequestId:'bench-1',functionName:'bench',getRemainingTimeInMillis:()=>10000}";
  const script = [
    'const t=performance.now();',
    `const m=${loadStatement(file)};`,
    `const r=await m.handler(${JSON.stringify(event)},${context});`,
    "if(r&&typeof r.statusCode==='number'&&r.statusCode>=500)throw new Error('answered '+r.statusCode);",
    'process.stdout.write(String(performance.now()-t));',
  ].join('');
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(process.execPath, evalArgs(script), { env, encoding: 'utf8' }, (error, out, stderr) =>
      error ? reject(new Error(`cold request of ${file} failed: ${stderr}`, { cause: error })) : resolve(out),
    );
  });
  return Number(stdout);
}
