/** Hook: the stored settings, kept live across pages, and a function that updates them. */
import { useEffect, useState } from 'preact/hooks';
import { getSettings, onSettingsChanged, setSettings, type Settings } from '../../shared/settings.ts';

/** `null` until the first read resolves. */
export function useSettings(): [Settings | null, (patch: Partial<Settings>) => Promise<void>] {
  const [settings, setState] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void getSettings().then((s) => live && setState(s));
    const stop = onSettingsChanged((s) => live && setState(s));
    return () => {
      live = false;
      stop();
    };
  }, []);
  const update = async (patch: Partial<Settings>): Promise<void> => {
    setState(await setSettings(patch));
  };
  return [settings, update];
}
