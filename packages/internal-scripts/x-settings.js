// An XSETTINGS manager for a virtual X display: how the tests change WebKitGTK's theme (so
// prefers-color-scheme) and scale (so devicePixelRatio) live, as a person's desktop settings do.
// It speaks the X11 protocol over the display's local socket, so it needs no X library.
import { createConnection } from 'node:net';

/**
 * Becomes the XSETTINGS manager of an X display (the freedesktop.org protocol through which desktops
 * tell GTK programs their theme and scale), speaking the X11 protocol over the display's socket.
 * It starts with the settings `initial` ({ dark, scale }); `apply` publishes new ones and returns once
 * the X server holds them.
 */
export async function xSettingsManager(display, initial) {
  const socket = createConnection(`/tmp/.X11-unix/X${display.slice(1)}`);
  socket.unref();
  const x = x11Reader(socket);
  await new Promise((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  const hello = Buffer.alloc(12);
  hello.write('l', 0); // little-endian
  hello.writeUInt16LE(11, 2); // protocol 11.0, no authorisation: Xvfb's own local socket
  socket.write(hello);
  const setup = await x.read((b) => (b.length < 8 ? null : 8 + 4 * b.readUInt16LE(6)));
  if (setup[0] !== 1) throw new Error(`The display ${display} refused a connection.`);
  const window = setup.readUInt32LE(12) | 1; // an id from the range the server gave this client
  const vendorLength = setup.readUInt16LE(24);
  const root = setup.readUInt32LE(40 + padded(vendorLength) + 8 * setup[29]);
  const request = (opcode, data, detail = 0) => {
    const head = Buffer.alloc(4);
    head[0] = opcode;
    head[1] = detail;
    head.writeUInt16LE(1 + data.length / 4, 2);
    socket.write(Buffer.concat([head, data]));
  };
  const atom = async (name) => {
    request(16, Buffer.concat([u16(name.length), Buffer.alloc(2), text(name)])); // InternAtom
    return (await x.reply()).readUInt32LE(8);
  };
  // GetInputFocus: its reply comes after everything sent before it has been handled.
  const roundTrip = async () => {
    request(43, Buffer.alloc(0));
    await x.reply();
  };
  const selection = await atom('_XSETTINGS_S0');
  const property = await atom('_XSETTINGS_SETTINGS');
  const manager = await atom('MANAGER');
  // CreateWindow: an input-only 1x1 window that carries the settings property.
  request(1, Buffer.concat([u32(window), u32(root), Buffer.alloc(4), u16(1), u16(1), u16(0), u16(2), u32(0), u32(0)]));
  let serial = 0;
  const publish = ({ dark, scale }) => {
    const entries = [
      ['Net/ThemeName', dark ? 'Adwaita-dark' : 'Adwaita'],
      ['Gdk/WindowScalingFactor', scale],
    ].map(([name, value]) =>
      Buffer.concat([
        Buffer.from([typeof value === 'string' ? 1 : 0, 0]),
        u16(name.length),
        text(name),
        u32(serial),
        typeof value === 'string' ? Buffer.concat([u32(value.length), text(value)]) : u32(value),
      ]),
    );
    const data = Buffer.concat([Buffer.from([0, 0, 0, 0]), u32(serial++), u32(entries.length), ...entries]);
    // ChangeProperty (replace), 8-bit data.
    request(18, Buffer.concat([u32(window), u32(property), u32(property), Buffer.from([8, 0, 0, 0]), u32(data.length), data, Buffer.alloc(padded(data.length) - data.length)]));
  };
  publish(initial);
  request(22, Buffer.concat([u32(window), u32(selection), u32(0)])); // SetSelectionOwner
  // SendEvent: the MANAGER client message to the root window, so running programs find the manager.
  const announce = Buffer.concat([Buffer.from([33, 32, 0, 0]), u32(root), u32(manager), u32(0), u32(selection), u32(window), u32(0), u32(0)]);
  request(25, Buffer.concat([u32(root), u32(0x20000), announce]));
  await roundTrip();
  return {
    async apply(appearance) {
      publish(appearance);
      await roundTrip();
    },
  };
}

const padded = (n) => Math.ceil(n / 4) * 4;
function u16(n) {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function u32(n) {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}
const text = (s) => Buffer.concat([Buffer.from(s, 'latin1'), Buffer.alloc(padded(s.length) - s.length)]);

/** Reads whole X11 packets from the socket: `read(size)` for the setup, `reply()` for the next reply, skipping events. */
function x11Reader(socket) {
  let pending = Buffer.alloc(0);
  const waiting = [];
  const drain = () => {
    while (waiting.length > 0) {
      const size = waiting[0].size(pending);
      if (size === null || pending.length < size) return;
      const packet = pending.subarray(0, size);
      pending = pending.subarray(size);
      waiting.shift().resolve(packet);
    }
  };
  socket.on('data', (chunk) => {
    pending = Buffer.concat([pending, chunk]);
    drain();
  });
  // A display that goes away fails whatever waits on it, rather than leaving a test hanging.
  socket.on('close', () => waiting.splice(0).forEach(({ reject }) => reject(new Error('The virtual display closed.'))));
  const read = (size) => new Promise((resolve, reject) => (waiting.push({ size, resolve, reject }), drain()));
  return {
    read,
    async reply() {
      for (;;) {
        const packet = await read((b) => (b.length < 32 ? null : b[0] === 1 ? 32 + 4 * b.readUInt32LE(4) : 32));
        if (packet[0] === 0) throw new Error(`X11 error ${packet[1]} from request ${packet[10]}`);
        if (packet[0] === 1) return packet;
      }
    },
  };
}
