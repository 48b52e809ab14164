/** A trie over normalised tokens, with an optional slot edge that a matcher fills with a qualifier ("{Q} foreign minister"). */

export interface TrieNode<V> {
  next: Map<string, TrieNode<V>> | undefined;
  /** The edge a qualifier (state, organisation, demonym) takes. */
  slot: TrieNode<V> | undefined;
  /** Title modifiers ("former", "deputy") may be skipped at this node. */
  mods: boolean;
  values: V[] | undefined;
}

export const SLOT = "{Q}";

export function trieNode<V>(): TrieNode<V> {
  return { next: undefined, slot: undefined, mods: false, values: undefined };
}

/** Inserts `value` under the token path; `SLOT` tokens take the slot edge. Returns the terminal node. */
export function trieInsert<V>(
  root: TrieNode<V>,
  path: readonly string[],
  value: V,
  modsAt?: ReadonlySet<number>,
): TrieNode<V> {
  let node = root;
  for (let i = 0; i < path.length; i++) {
    const tok = path[i] as string;
    let child: TrieNode<V> | undefined;
    if (tok === SLOT) {
      child = node.slot;
      if (!child) {
        child = trieNode<V>();
        node.slot = child;
      }
    } else {
      node.next ??= new Map();
      child = node.next.get(tok);
      if (!child) {
        child = trieNode<V>();
        node.next.set(tok, child);
      }
    }
    if (modsAt?.has(i + 1)) child.mods = true;
    node = child;
  }
  node.values ??= [];
  node.values.push(value);
  return node;
}

/** Counts the nodes of a trie (for size reports). */
export function trieSize<V>(root: TrieNode<V>): number {
  let n = 1;
  if (root.next) for (const child of root.next.values()) n += trieSize(child);
  if (root.slot) n += trieSize(root.slot);
  return n;
}
