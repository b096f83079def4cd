import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useServices } from '../../AppServices';
import { imageFileProblem, imageTypes } from './imageRules';

interface ImagePickerProps {
  /** The cover's shop image URL (`/images/products/…`), or '' for none. */
  value: string;
  onChange(url: string): void;
  /** True while a file is being uploaded (the form waits before saving). */
  onUploadingChange(uploading: boolean): void;
  errors?: string[];
}

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/**
 * The product's cover: pick a JPEG, PNG or WebP of at most 2 MB (checked here first), see it at once, and it is
 * uploaded with a pre-signed PUT; saving the product attaches it (the server checks it again). Replace or remove it.
 */
export function ImagePicker({ value, onChange, onUploadingChange, errors }: ImagePickerProps) {
  const { api } = useServices();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState<'idle' | 'uploading' | 'uploaded'>('idle');
  const shown = preview ?? (value || undefined);
  const messages = [...(problem ? [problem] : []), ...(errors ?? [])];

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const refused = imageFileProblem(file);
    if (refused) {
      setProblem(refused);
      event.target.value = '';
      return;
    }
    setProblem(undefined);
    setStatus('uploading');
    onUploadingChange(true);
    try {
      setPreview(await readAsDataUrl(file));
      const upload = await api.createImageUpload(file.type, file.size);
      await api.uploadImage(upload, file);
      onChange(upload.imageUrl);
      setStatus('uploaded');
    } catch (error) {
      setPreview(undefined);
      setStatus('idle');
      setProblem(`The image could not be uploaded: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      onUploadingChange(false);
    }
  }

  function remove() {
    setPreview(undefined);
    setProblem(undefined);
    setStatus('idle');
    if (input.current) input.current.value = '';
    onChange('');
  }

  const errorId = messages.length ? `${id}-error` : undefined;
  return (
    <div className={messages.length ? 'field field-invalid image-picker' : 'field image-picker'}>
      <label htmlFor={id}>Cover image</label>
      <p id={`${id}-hint`} className="hint">
        JPEG, PNG or WebP, up to 2 MB. Choosing another file replaces it; the shop shows it once you save.
      </p>
      <input
        ref={input}
        id={id}
        type="file"
        accept={imageTypes.join(',')}
        onChange={(event) => void pick(event)}
        aria-invalid={messages.length ? true : undefined}
        aria-describedby={[`${id}-hint`, errorId].filter(Boolean).join(' ')}
      />
      {errorId && (
        <p id={errorId} className="field-error" role="alert">
          {messages.join(' ')}
        </p>
      )}
      {shown && (
        <figure className="image-preview">
          <img src={shown} alt="Cover preview" width={120} height={150} />
          <figcaption>
            <span role="status">
              {status === 'uploading' ? 'Uploading…' : status === 'uploaded' ? 'Uploaded: save to show it in the shop.' : 'Current cover.'}
            </span>{' '}
            <button type="button" onClick={remove} disabled={status === 'uploading'}>
              Remove image
            </button>
          </figcaption>
        </figure>
      )}
    </div>
  );
}
