// Starts fauxqs (an SQS emulator) on 127.0.0.1 only: its own CLI listens on every interface.
// Usage: node fauxqs-launcher.mjs <port, 0 for a free one> <region>
// Prints "fauxqs-listening <url>" once it accepts requests, or "fauxqs-failed <code> <message>" and exits 1.
// It stops when its standard input ends, so it never outlives the local environment, even one that was killed.
import { buildApp } from "fauxqs";

const port = Number.parseInt(process.argv[2] ?? "0", 10);
const region = process.argv[3] || "ap-southeast-1";
const app = buildApp({ logger: false, defaultRegion: region });

let stopping = false;
async function stop() {
  if (stopping) {
    return;
  }
  stopping = true;
  try {
    await app.close();
  } finally {
    process.exit(0);
  }
}

try {
  const address = await app.listen({ host: "127.0.0.1", port });
  process.stdout.write(`fauxqs-listening ${address}\n`);
} catch (error) {
  process.stderr.write(`fauxqs-failed ${error?.code ?? "ERROR"} ${error?.message ?? error}\n`);
  process.exit(1);
}

process.on("SIGTERM", stop);
process.on("SIGINT", stop);
process.stdin.on("end", stop);
process.stdin.on("close", stop);
process.stdin.resume();
