/** POST /v1/tokens and the token records the token routes answer (never the secret, except once on create). */
export const createTokenSchema = {
  $id: 'CreateToken',
  type: 'object',
  additionalProperties: false,
  required: ['role', 'label'],
  properties: {
    role: { type: 'string', enum: ['ministry', 'region', 'reader'], title: 'Rolle' },
    region: { type: 'string', minLength: 1, maxLength: 100, title: 'Region', description: 'Kun for rollen region: regionens id eller navn, fx »Midtjylland« eller »Region Midtjylland«.' },
    label: { type: 'string', minLength: 1, maxLength: 200, title: 'Betegnelse', description: 'Den person eller det system, der får nøglen.' },
  },
} as const;

export const tokenRecordSchema = {
  $id: 'Token',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'role', 'region', 'label', 'createdAt', 'lastUsedAt', 'revokedAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    role: { type: 'string', enum: ['ministry', 'region', 'reader'] },
    region: { type: ['string', 'null'], description: 'Regionens id for rollen region, ellers null.' },
    label: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    lastUsedAt: { type: ['string', 'null'], format: 'date-time', description: 'Senest brugt (nøjagtigt til minuttet), null hvis aldrig.' },
    revokedAt: { type: ['string', 'null'], format: 'date-time' },
  },
} as const;

/** The 201 of POST /v1/tokens: the record and, this once, the secret. */
export const createdTokenSchema = {
  $id: 'CreatedToken',
  type: 'object',
  required: [...tokenRecordSchema.required, 'token'],
  properties: {
    ...tokenRecordSchema.properties,
    token: { type: 'string', pattern: '^fdl_', description: 'Selve nøglen. Vises kun denne ene gang; serveren gemmer kun dens SHA-256.' },
  },
} as const;

export const tokenListSchema = {
  $id: 'TokenList',
  type: 'object',
  required: ['tokens'],
  properties: { tokens: { type: 'array', items: tokenRecordSchema } },
} as const;
