export { createApi, type ApiOptions } from './create-api.js';
export { createArticleIngest, type ArticleIngest, type ArticleCoder, type IngestedArticle } from './article-ingest.js';
export { ApiError, type ApiErrorCode } from './api-error.js';
export { OPENAPI_DOCUMENT } from './openapi-document.js';
