// A value derived from an object, made once and kept on the object itself, so that it lives exactly
// as long as the object does.
//
// Not in a WeakMap: V8's young-generation collections treat a WeakMap's entries as strong, so a
// value kept for an ärende (and everything the value holds, often the ärende itself) survives every
// collection until a full one. Checking or building hundreds of ärenden, each was copied twice over
// and promoted to the old generation: 270 kB an ärende, scavenges taking twice as long, for a check.

/**
 * The value `make` derives from `owner`, made on the first call and kept on `owner` under `key`
 * (not enumerable: a copy of the object, such as { ...owner }, does not carry it). An object that
 * cannot take a property (frozen) gets a new value each time.
 */
export function derivedOn<T extends object, V>(owner: T, key: symbol, make: (owner: T) => V): V {
  const holder = owner as Record<symbol, unknown>;
  if (Object.prototype.hasOwnProperty.call(holder, key)) return holder[key] as V;
  const value = make(owner);
  if (Object.isExtensible(owner)) Object.defineProperty(holder, key, { value, enumerable: false, writable: false, configurable: true });
  return value;
}
