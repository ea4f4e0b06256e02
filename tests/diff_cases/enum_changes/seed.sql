INSERT INTO persons VALUES (1, 'low', 'happy', 'sad'), (2, 'high', DEFAULT, NULL), (3, NULL, 'sad', 'happy');
