/**
 * Web Worker running the explorer's force layout (layout-host.ts): d3-force ticks here, never on the page's main
 * thread; positions go back as transferred Float64Arrays.
 */
import { createLayoutHost, type LayoutRequest } from './layout-host';

const handle = createLayoutHost((reply, transfer) => self.postMessage(reply, { transfer: transfer ?? [] }));
self.onmessage = (e: MessageEvent<LayoutRequest>) => handle(e.data);
