// A local stand-in for SCB's PxWeb API, and the CLI run asynchronously so that this process can answer it.
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BIN, ROOT, type CliResult } from '../helpers/cli.js';

/** Like runCli, but asynchronous, so a server in this process can answer the CLI. */
export function runCliAsync(args: string[], env: Record<string, string> = {}, cwd = ROOT): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

export async function withServer(
  handler: (request: IncomingMessage, body: string, response: ServerResponse) => void,
  table = 'KPItotM',
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => handler(request, body, response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/OV0104/v1/doris/sv/ssd/START/PR/PR0101/PR0101A/${table}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A server that answers every POST with `body` as json, recording the queries it was sent. */
export async function answering(body: Buffer | string, table?: string): Promise<{ url: string; queries: unknown[]; close: () => Promise<void> }> {
  const queries: unknown[] = [];
  const server = await withServer((_request, query, response) => {
    queries.push(JSON.parse(query));
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    response.end(body);
  }, table);
  return { ...server, queries };
}

export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
