// Which tab the popup explains. Firefox for Android opens the popup as a page of its own, and its tabs.query "may
// only return a subset of the matching tabs" (browser-compat-data): there the active tab can be the popup itself or
// none. So ?tabId= comes first (the warning's "details" button passes it: the way in on a phone), and a query that
// finds nothing, fails, or finds only the popup's own tab gives no tab — the popup says so rather than explaining itself.

interface Tab {
  id?: number;
}
/** The part of the browser object this needs; every member may be missing. */
export interface TabsApi {
  tabs?: {
    query?(query: { active: boolean; currentWindow: boolean }): Promise<Tab[]>;
    getCurrent?(): Promise<Tab | undefined>;
  };
}

export async function targetTab(search: string, api: TabsApi): Promise<number | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  try {
    const [found, own] = await Promise.all([api.tabs?.query?.({ active: true, currentWindow: true }) ?? [], api.tabs?.getCurrent?.().catch(() => undefined)]);
    return found.find((tab) => tab.id !== undefined && tab.id !== own?.id)?.id ?? null;
  } catch {
    return null;
  }
}
