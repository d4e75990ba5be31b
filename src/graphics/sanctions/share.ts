/** The state the chapter's share image shows, and why (a thumbnail has one frame to say what the chapter is about). */
export const share = {
  state: 'outcomes',
  why: 'every proposed measure with what became of it: the chapter’s conclusion, and the only state with all blocks',
};
