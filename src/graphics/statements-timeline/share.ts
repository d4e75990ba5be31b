/** The state the chapter's share image shows, and why (a thumbnail has one frame to say what the chapter is about). */
export const share = {
  state: 'all-statements',
  why: 'every statement in its lane with the break before the later assessments; no single quote is singled out, so no party’s framing is the headline',
};
