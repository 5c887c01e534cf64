import { MAX_INPUT_BYTES, utf8ByteLength } from '../analysis/input.js';
import type { ApiError } from './api-client.js';

// The analyzer refuses more than 1 MB; saying so before uploading spares a long wait.
export const MAX_BYTES = MAX_INPUT_BYTES;

const PDF = /\.pdf$/i;
const WORD = /\.(docx?|odt|pages|rtf)$/i;
const IMAGE = /\.(png|jpe?g|gif|webp|heic|heif|bmp|tiff?|svg)$/i;
const RECORDING = /\.(mp3|m4a|wav|ogg|aac|flac|mp4|mov|webm|mkv|avi)$/i;

const COPY =
  'open it, copy the text and paste it into Notes above, or save it as plain text (.txt) and add that.';

/**
 * Files Debrief cannot read, told apart by name or type before uploading: the server would only
 * say "binary" or "not UTF-8", which does not tell the user what to do with a PDF or a photo.
 */
export function fileProblem(file: { name: string; type: string; size: number }): ApiError | undefined {
  const { name, type } = file;
  if (PDF.test(name) || type === 'application/pdf')
    return { code: 'binary', message: `That is a PDF, and Debrief reads text only. To use it, ${COPY}` };
  if (WORD.test(name) || type.includes('wordprocessingml') || type === 'application/msword')
    return {
      code: 'binary',
      message: `That is a word-processor document, and Debrief reads text only. To use it, ${COPY}`,
    };
  if (IMAGE.test(name) || type.startsWith('image/'))
    return {
      code: 'binary',
      message:
        'That is an image, and Debrief cannot read text in pictures. Type or paste your notes into Notes above instead.',
    };
  if (RECORDING.test(name) || type.startsWith('audio/') || type.startsWith('video/'))
    return {
      code: 'binary',
      message:
        'That is a recording, and Debrief cannot listen to it. Zoom, Teams and Meet can save the transcript as a .vtt or .txt file: add that instead.',
    };
  if (file.size === 0)
    return {
      code: 'empty',
      message: 'That file is empty. Choose the file with your notes or transcript in it.',
    };
  if (file.size > MAX_BYTES)
    return {
      code: 'too-large',
      message: `That file is ${megabytes(file.size)} MB; Debrief reads files up to 1 MB. Try a file with just the interview in it.`,
    };
  return undefined;
}

/** Pasted notes over the limit are refused here, and the words stay in the box. */
export function textProblem(text: string): ApiError | undefined {
  const bytes = utf8ByteLength(text);
  if (bytes <= MAX_BYTES) return undefined;
  return {
    code: 'too-large',
    message: `That text is ${megabytes(bytes)} MB, and Debrief reads up to 1 MB at a time. Keep the part about this interview and try again: your text is still in the box.`,
  };
}

function megabytes(bytes: number): string {
  // Never "1.0 MB" for something just over the limit.
  return Math.max(1.1, Math.ceil((bytes / MAX_BYTES) * 10) / 10).toFixed(1);
}
