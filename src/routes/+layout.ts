// The whole site is prerendered by adapter-static.
export const prerender = true;
export const trailingSlash = 'ignore';
