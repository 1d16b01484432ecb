import { create } from 'zustand';
import type { KeptNote } from '../data/kept-cache';

/** What happened to the kept last good data in this session (read back, dropped, trimmed), for /data-health. */
interface KeptCacheState {
  notes: KeptNote[];
  actions: { noted: (note: KeptNote) => void };
}

/** A full store notes every save; the newest few are enough to say what is going on. */
const MAX_NOTES = 20;

export const useKeptCacheStore = create<KeptCacheState>()((set) => ({
  notes: [],
  actions: {
    noted: (note) => set((s) => ({ notes: [...s.notes, note].slice(-MAX_NOTES) })),
  },
}));

export const useKeptCacheNotes = () => useKeptCacheStore((s) => s.notes);
export const noteKeptCache = (note: KeptNote) => useKeptCacheStore.getState().actions.noted(note);
