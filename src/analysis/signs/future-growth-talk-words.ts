/** Posts a hire steps up to, across trades and professions: shared by the growth cue modules. */
export const ROLE_UP =
  '(senior|lead|supervisor|manager|management|head|principal|partner|team lead\\w*|trainer|mentor|assistant manager|deputy|charge nurse|sister|senior \\w+|\\w+ manager|account exec\\w*|commis|chef de partie|sous|specialist|consultant|director|keyholder|foreman|charge hand|chargehand)';
