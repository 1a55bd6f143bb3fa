/**
 * "The library changed" between the extension's contexts. A save happens in the background while a
 * library tab is open; a BroadcastChannel reaches every page of the extension's origin, including the
 * sender's own listeners, so one code path refreshes after any write.
 */
const CHANNEL = 'clearpage-library';

export function announceLibraryChange(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

export function onLibraryChange(listener: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => listener();
  return () => channel.close();
}
