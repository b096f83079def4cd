/** Where the admin console lives; its pages link with absolute paths under it. */
export const adminBase = '/admin';

export const adminOrdersKey = (status: string) => ['admin', 'orders', status] as const;
export const deadLettersKey = ['admin', 'dead-letters'] as const;
export const salesKey = ['admin', 'sales'] as const;
